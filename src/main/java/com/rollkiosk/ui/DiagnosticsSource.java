package com.rollkiosk.ui;

import com.rollkiosk.domain.RollerState;
import com.rollkiosk.domain.SensorStatus;

import java.util.List;

/**
 * What staff diagnostics show, read by the wiring from the sensor, the log and the disk: the UI
 * never reads a port or a file. Called on the event thread about twice a second while shown, so
 * it must be quick.
 */
public interface DiagnosticsSource {

    Report read();

    /** Whether the sounds play; quick, like {@link #read}. A source that knows nothing of sound says off. */
    default Sound sound() {
        return Sound.OFF;
    }

    /**
     * The sounds: off in the settings, working, or failed and tried again after a wait.
     *
     * @param problem   the system's words for the last failure, or null
     * @param retryInMs while retrying, how long until the next cue tries the sound device again
     */
    record Sound(SoundState state, String problem, long retryInMs) {

        public static final Sound OFF = new Sound(SoundState.OFF, null, 0);
        public static final Sound WORKING = new Sound(SoundState.WORKING, null, 0);
    }

    enum SoundState { OFF, WORKING, RETRYING }
    /** Every USB serial port {@code auto} listed and what was seen on it; empty for a named port. */
    default List<PortSeen> ports() {
        return List.of();
    }

    /** Where the roller's empty level comes from, and whether it can be remembered. */
    default Levels levels() {
        return Levels.UNKNOWN;
    }

    /**
     * @param source         where the empty level and thresholds come from; null before a sensor
     * @param cannotRemember the system's words for why the empty level cannot be kept, or null
     */
    record Levels(RollerState.Source source, String cannotRemember) {

        public static final Levels UNKNOWN = new Levels(null, null);
    }

    /** Whether the roller may be broken. */
    default RollerCheck rollerCheck() {
        return RollerCheck.FINE;
    }

    /**
     * One serial port as {@code auto} saw it.
     *
     * @param detail      a line from a port that talks without readings, or why it would not open; null otherwise
     * @param nextTryMs   until it is opened again; null when it is not to be
     */
    record PortSeen(String path, Seen seen, String detail, Long nextTryMs) {
    }

    enum Seen { NOT_TRIED, ROLLER_HELLO, ROLLER_READINGS, SILENT, NO_READINGS, CANNOT_OPEN }

    /**
     * @param stuck              the reading has sat at one value, {@code stuckAt}, for {@code stuckSeconds} or more
     * @param holdsWithoutPerson touch-timed holds in a row the connected roller saw nobody in
     * @param holdsLimit         how many of those make the roller suspect
     */
    record RollerCheck(boolean stuck, double stuckAt, long stuckSeconds, int holdsWithoutPerson, int holdsLimit) {

        public static final RollerCheck FINE = new RollerCheck(false, 0, 0, 0, Integer.MAX_VALUE);

        public boolean noPersonSeen() {
            return holdsWithoutPerson >= holdsLimit;
        }
    }

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
     * @param metrics    the Prometheus endpoint
     */
    record Report(SensorStatus status, String port, String info, String example, LinkProblem lastError, Double value,
                  long samples, long garbage, long reconnects, Plot plot, String version, long uptimeMs,
                  List<FileInUse> files, long freeBytes, Logging logging, String logProblem, Metrics metrics) {

        public Report {
            metrics = metrics == null ? Metrics.OFF : metrics;
        }

        /** With the metrics endpoint off. */
        public Report(SensorStatus status, String port, String info, String example, LinkProblem lastError, Double value,
                      long samples, long garbage, long reconnects, Plot plot, String version, long uptimeMs,
                      List<FileInUse> files, long freeBytes, Logging logging, String logProblem) {
            this(status, port, info, example, lastError, value, samples, garbage, reconnects, plot, version, uptimeMs,
                    files, freeBytes, logging, logProblem, Metrics.OFF);
        }
    }

    /**
     * The Prometheus endpoint: off (no address), serving at {@code listen}, or not, with the system's reason.
     */
    record Metrics(String listen, boolean serving, String problem) {
        public static final Metrics OFF = new Metrics(null, false, null);
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

    enum Origin { GIVEN, BESIDE_THE_JAR, BUILT_IN, PER_USER, CANNOT_CREATE }

    enum Logging { WORKING, DISK_FULL, CANNOT_WRITE }
}
