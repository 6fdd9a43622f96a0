package io.campaignsim.core;

/** The tool's version, read from the jar manifest (set by Maven); "dev" when run from classes. */
public final class Version {

    private Version() {
    }

    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
