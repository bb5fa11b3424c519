package com.rollkiosk.domain;

import java.util.Arrays;

/**
 * Derives contact thresholds from two recordings: the empty roller, then a person lying on it.
 *
 * <p>Medians rather than means, because a recording that starts a moment early or late has a few
 * wild readings in it. The off level sits well above the empty roller's noise so an empty roller
 * never looks occupied; the on level sits well below the loaded level so someone rolling back and
 * forth stays on; the gap between them is the hysteresis.
 */
public final class Calibration {

    public static final int MIN_SAMPLES = 10;
    /** The loaded level must stand this many noise widths above the baseline to be trusted. */
    public static final int MIN_SIGNAL_TO_NOISE = 5;
    private static final double OFF_FRACTION = 0.2;
    private static final double ON_FRACTION = 0.4;

    private Calibration() {
    }

    public static CalibrationResult calibrate(long[] emptyRoller, long[] personOnRoller) {
        if (emptyRoller.length < MIN_SAMPLES) {
            return new CalibrationResult.Refused("need at least " + MIN_SAMPLES
                    + " readings of the empty roller, got " + emptyRoller.length);
        }
        if (personOnRoller.length < MIN_SAMPLES) {
            return new CalibrationResult.Refused("need at least " + MIN_SAMPLES
                    + " readings with a person on the roller, got " + personOnRoller.length);
        }
        long baseline = median(emptyRoller);
        long noise = 1;
        for (long v : emptyRoller) {
            noise = Math.max(noise, Math.abs(v - baseline));
        }
        long loaded = median(personOnRoller);
        long rise = loaded - baseline;
        if (rise <= 0) {
            return new CalibrationResult.Refused("the roller reads " + loaded + " with a person on it but "
                    + baseline + " empty: is the load cell wired reversed, or was someone on it during the empty reading?");
        }
        if (rise < MIN_SIGNAL_TO_NOISE * noise) {
            return new CalibrationResult.Refused("a person raises the reading by only " + rise
                    + " but the empty roller already varies by " + noise
                    + ": check that the sensor sits under the roller and is wired firmly");
        }
        long span = rise - noise;
        long off = noise + Math.round(span * OFF_FRACTION);
        long on = noise + Math.round(span * ON_FRACTION);
        return new CalibrationResult.Calibrated(baseline, noise, loaded, on, off);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
