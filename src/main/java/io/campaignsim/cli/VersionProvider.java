package io.campaignsim.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest (set by Maven), "dev" when run from classes. */
public final class VersionProvider implements IVersionProvider {

    public static String version() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"campaignsim " + version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
    }
}
