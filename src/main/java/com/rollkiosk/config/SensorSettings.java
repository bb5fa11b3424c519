package com.rollkiosk.config;

/**
 * The roller's pressure sensor. The empty level and the contact thresholds are learned by the
 * automatic zero, or come from a saved calibration; {@code baseline}, {@code onThreshold} and
 * {@code offThreshold} are optional overrides in the sensor's own units (a calibration still wins).
 *
 * @param port             a serial device path, {@code auto} to find an Arduino, or {@code none} for touch only
 * @param baud             serial speed; the sketch ships at 115200
 * @param baseline         reading of the empty roller, or null to learn it
 * @param onThreshold      this far from baseline, either way, a person is on the roller; null to learn it
 * @param offThreshold     nearer than this, they have left; lower than onThreshold (hysteresis); null to learn it
 * @param debounceOnMs     pressure must stay above onThreshold this long before it counts, so a bump does not start a hold
 * @param debounceOffMs    pressure must stay below offThreshold this long, so shifting weight does not pause a hold
 * @param silenceTimeoutMs nothing received for this long, once readings have come, means the sensor is gone
 * @param reconnectMinMs   first wait before reopening a lost port
 * @param reconnectMaxMs   the wait doubles up to this, and retries go on forever
 * @param field            which number on a line is the reading, from 1, for a sketch that prints
 *                         several ({@code t=10 raw=-1234 kg=0.5}); a line with fewer has no reading
 */
public record SensorSettings(String port, Integer baud, Double baseline, Double onThreshold, Double offThreshold,
                             Integer debounceOnMs, Integer debounceOffMs, Integer silenceTimeoutMs,
                             Integer reconnectMinMs, Integer reconnectMaxMs, Integer field) {

    public static final String AUTO = "auto";
    public static final String NONE = "none";
    /** Highest {@link #field()}: no sketch we know prints more numbers on a line than this. */
    public static final int MAX_FIELD = 8;

    public SensorSettings {
        port = port == null ? AUTO : port;
        baud = baud == null ? 115200 : baud;
        debounceOnMs = debounceOnMs == null ? 150 : debounceOnMs;
        debounceOffMs = debounceOffMs == null ? 700 : debounceOffMs;
        silenceTimeoutMs = silenceTimeoutMs == null ? 1000 : silenceTimeoutMs;
        reconnectMinMs = reconnectMinMs == null ? 250 : reconnectMinMs;
        reconnectMaxMs = reconnectMaxMs == null ? 1_500 : reconnectMaxMs;
        field = field == null ? 1 : field;
    }

    public static SensorSettings defaults() {
        return new SensorSettings(null, null, null, null, null, null, null, null, null, null, null);
    }
}
