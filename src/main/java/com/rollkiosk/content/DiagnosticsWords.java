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
                               @Words(max = 24) String logging, Logs logs) {

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
                          @Words(max = 60) String temporary, @Words(max = 60) String cannotCreate) {
    }

    /** Whether the activity log is written, and if not, why. */
    public record Logs(@Words(max = 40) String working, @Words(max = 60) String diskFull,
                       @Words(max = 60) String cannotWrite) {
    }
}
