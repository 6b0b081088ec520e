package com.hallkiosk.app;

import picocli.CommandLine;

/** The version from the jar's manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = HallKiosk.class.getPackage().getImplementationVersion();
        return new String[] {"Hall Kiosk " + (version == null ? "development" : version)};
    }
}
