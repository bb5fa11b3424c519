package com.rollkiosk.ui;

import com.rollkiosk.domain.SensorStatus;

import java.util.List;

/**
 * What staff diagnostics show, read by the wiring from the sensor, the log and the disk: the UI
 * never reads a port or a file. Called on the event thread about twice a second while shown, so
 * it must be quick.
 */
public interface DiagnosticsSource {

    Report read();

    /**
     * One reading of everything. Texts are as the system gives them; null where there is none.
     *
     * @param status     the sensor link
     * @param port       the port last connected
     * @param info       the sketch's latest info line
     * @param example    a line without readings, while unreadable
     * @param lastError  why the link was last lost or ended, as staff read it in their language; null for never
     * @param value      the latest reading, or null before the first
     * @param samples    readings since the start
     * @param garbage    lines skipped as garbage since the start
     * @param reconnects connections after the first
     * @param plot       the last 30 s of readings
     * @param version    the kiosk's version
     * @param uptimeMs   how long the kiosk has run
     * @param files      the config, the content and the data folder, in that order
     * @param freeBytes  free space in the data folder, or -1 when it cannot be told
     * @param logging    whether the activity log is written
     * @param logProblem the system's words for why not, or null
     */
    record Report(SensorStatus status, String port, String info, String example, LinkProblem lastError, Double value,
                  long samples, long garbage, long reconnects, Plot plot, String version, long uptimeMs,
                  List<FileInUse> files, long freeBytes, Logging logging, String logProblem) {
    }

    /** Readings over time: seconds before the newest (0 and below) and their values, oldest first. */
    record Plot(double[] ageSeconds, double[] values) {

        public static final Plot EMPTY = new Plot(new double[0], new double[0]);

        @Override
        public boolean equals(Object o) {
            return o instanceof Plot p && java.util.Arrays.equals(ageSeconds, p.ageSeconds)
                    && java.util.Arrays.equals(values, p.values);
        }

        @Override
        public int hashCode() {
            return 31 * java.util.Arrays.hashCode(ageSeconds) + java.util.Arrays.hashCode(values);
        }
    }

    /**
     * Why the sensor link was lost or ended, as a kind staff can act on; the system's own words
     * for it go to the log, never on screen, where they would be English in every language.
     */
    enum LinkProblem {
        /** The kiosk runs by touch: no sensor is set up. */
        NO_SENSOR,
        /** The port went away: unplugged, or the board reset. */
        PORT_LOST,
        /** The port is open but nothing arrived for too long. */
        SILENT,
        /** The port named in the settings does not exist. */
        NO_SUCH_PORT,
        /** The kiosk's user may not open the port. */
        NO_PERMISSION,
        /** Another program has the port open. */
        BUSY,
        /** The port could not be opened for another reason. */
        CANNOT_OPEN,
        /** Looking for the roller's board, none answered. */
        NO_BOARD_FOUND,
        /** A recording played to its end, or could not be read. */
        REPLAY_ENDED,
        /** Anything else: the log has the details. */
        OTHER
    }

    /** A file or folder in use, and how it was found. */
    record FileInUse(String path, Origin origin) {
    }

    enum Origin { GIVEN, BESIDE_THE_JAR, BUILT_IN, PER_USER, TEMPORARY, CANNOT_CREATE }

    enum Logging { WORKING, DISK_FULL, CANNOT_WRITE }
}
