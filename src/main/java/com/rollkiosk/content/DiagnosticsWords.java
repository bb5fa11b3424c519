package com.rollkiosk.content;

/**
 * Staff mode's diagnostics: {@code staff.json}'s {@code diagnostics}. Values (ports, paths, the
 * sketch's lines, errors) are shown as the system gives them; these are the words around them.
 *
 * @param title        the menu button and the section's heading
 * @param sensor       the sensor half's heading
 * @param kiosk        the kiosk half's heading
 * @param port         label: the serial port
 * @param info         label: the sketch's info line
 * @param state        label: the link's state
 * @param value        label: the live reading
 * @param plot         the caption over the plot of the last 30 s
 * @param rate         label: readings per second
 * @param garbage      label: lines skipped as garbage
 * @param reconnects   label: reconnections
 * @param lastError    label: why the link was last lost
 * @param lost         why the link was last lost, one phrase per kind
 * @param none         in place of a value there is none of
 * @param states       the link's states
 * @param version      label: the kiosk's version
 * @param uptime       label: how long the kiosk has run
 * @param uptimeValue  days, hours and minutes
 * @param config       label: the settings file in use
 * @param content      label: the content folder in use
 * @param data         label: the data folder
 * @param origins      how each file or folder was found
 * @param freeDisk     label: free space in the data folder
 * @param logging      label: whether the activity log is written
 * @param logs         the activity log's states
 * @param sound        label: whether the sounds play
 * @param sounds       the sounds' states
 * @param metrics        label: the Prometheus endpoint
 * @param metricsOff     it is off
 * @param metricsServing it answers at {address}
 * @param metricsFailed  it cannot listen at {address} (the system's reason follows)
 * @param ports        the heading over the serial ports {@code auto} listened to
 * @param seen         what {@code auto} saw on each serial port, shown beside the port's path
 * @param nextTry      when a port that was not the roller is opened again
 * @param roller       label: whether the roller may be broken
 * @param rollerChecks what that check says
 * @param levels       label: where the roller's empty level comes from
 * @param levelSources the places it can come from, and why it cannot be remembered
 */
public record DiagnosticsWords(@Words(max = 30) String title, @Words(max = 30) String sensor,
                               @Words(max = 30) String kiosk, @Words(max = 24) String port,
                               @Words(max = 24) String info, @Words(max = 24) String state,
                               @Words(max = 24) String value, @Words(max = 40) String plot, @Words(max = 24) String rate,
                               @Words(max = 24) String garbage, @Words(max = 24) String reconnects,
                               @Words(max = 24) String lastError, Lost lost, @Words(max = 16) String none,
                               States states,
                               @Words(max = 24) String version, @Words(max = 24) String uptime,
                               @Words(max = 40, needs = {"days", "hours", "minutes"}) String uptimeValue,
                               @Words(max = 24) String config, @Words(max = 24) String content,
                               @Words(max = 24) String data, Origins origins, @Words(max = 24) String freeDisk,
                               @Words(max = 24) String logging, Logs logs, @Words(max = 24) String sound,
                               Sounds sounds, @Words(max = 24) String metrics,
                               @Words(max = 40) String metricsOff,
                               @Words(max = 60, needs = "address") String metricsServing,
                               @Words(max = 60, needs = "address") String metricsFailed,
                               @Words(max = 30) String ports, Seen seen,
                               @Words(max = 40, needs = "minutes") String nextTry,
                               @Words(max = 24) String roller, RollerChecks rollerChecks,
                               @Words(max = 24) String levels, LevelSources levelSources) {

    /** The sensor link's states, as {@code SensorStatus} has them. */
    public record States(@Words(max = 40) String connected,
                         @Words(max = 70, needs = "example") String unreadable,
                         @Words(max = 40) String reconnecting, @Words(max = 40) String none) {
    }

    /** Why the sensor link was last lost or ended, as {@code DiagnosticsSource.LinkProblem} has it. */
    public record Lost(@Words(max = 60) String noSensor, @Words(max = 60) String portLost,
                       @Words(max = 60) String silent, @Words(max = 60) String noSuchPort,
                       @Words(max = 80) String noPermission, @Words(max = 60) String busy,
                       @Words(max = 60) String cannotOpen, @Words(max = 60) String noBoardFound,
                       @Words(max = 60) String replayEnded, @Words(max = 60) String other) {
    }

    /** How a file or folder in use was found. */
    public record Origins(@Words(max = 40) String given, @Words(max = 40) String besideTheJar,
                          @Words(max = 40) String builtIn, @Words(max = 40) String perUser,
                          @Words(max = 60) String cannotCreate) {
    }

    /** Whether the sounds play: off in the settings, working, or failed and tried again after a wait. */
    public record Sounds(@Words(max = 40) String off, @Words(max = 40) String working,
                         @Words(max = 60, needs = "seconds") String retrying) {
    }

    /** What {@code auto} saw on a serial port. */
    public record Seen(@Words(max = 40) String notTried, @Words(max = 40) String rollerHello,
                       @Words(max = 40) String rollerReadings, @Words(max = 40) String silent,
                       @Words(max = 70, needs = "example") String noReadings,
                       @Words(max = 40) String cannotOpen) {
    }

    /** Whether the roller may be broken, and why. */
    /** Where the roller's empty level comes from, as {@code monitor}'s {@code levels} names it. */
    public record LevelSources(@Words(max = 40) String calibration, @Words(max = 40) String config,
                               @Words(max = 40) String remembered, @Words(max = 40) String automatic,
                               @Words(max = 40) String none,
                               @Words(max = 60, needs = "reason") String cannotRemember) {
    }

    public record RollerChecks(@Words(max = 40) String fine,
                               @Words(max = 90, needs = "holds") String noPerson,
                               @Words(max = 90, needs = {"value", "seconds"}) String stuck) {
    }

    /** Whether the activity log is written, and if not, why. */
    public record Logs(@Words(max = 40) String working, @Words(max = 60) String diskFull,
                       @Words(max = 60) String cannotWrite) {
    }
}
