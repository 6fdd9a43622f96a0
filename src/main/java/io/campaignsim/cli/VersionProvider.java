package io.campaignsim.cli;

import io.campaignsim.core.Version;
import picocli.CommandLine.IVersionProvider;

/** The text of {@code campaignsim --version}: the tool's version and the Java it runs on. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"campaignsim " + Version.current(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
    }
}
