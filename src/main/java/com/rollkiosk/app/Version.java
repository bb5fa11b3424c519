package com.rollkiosk.app;

import picocli.CommandLine;

/** The version the jar's manifest carries; a build from classes (development) says so instead. */
final class Version implements CommandLine.IVersionProvider {

    static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"RollKiosk " + current()};
    }
}
