package com.rollkiosk.domain;

import java.util.Arrays;

/**
 * Derives contact thresholds from two recordings: the empty roller, then a person lying still on it.
 *
 * <p>Medians rather than means, because a recording that starts a moment early or late has a few
 * wild readings in it. The load may move the reading either way (load cells are wired both ways);
 * the direction is kept. The off level sits well clear of the empty roller's noise so an empty
 * roller never looks occupied; the on level sits well below the loaded level so someone rolling
 * back and forth stays on; the gap between them is the hysteresis.
 */
public final class Calibration {

    public static final int MIN_SAMPLES = 10;
    /** The loaded level must stand this many noise widths (standard deviations) from the empty one. */
    public static final double MIN_SIGNAL_TO_NOISE = 10;
    /** The person's own wobble must be well under their load, or the two levels overlap. */
    public static final double MAX_LOADED_SPREAD = 1.0 / 3;
    private static final double OFF_FRACTION = 0.2;
    private static final double ON_FRACTION = 0.4;

    private Calibration() {
    }

    public static CalibrationResult calibrate(double[] emptyRoller, double[] personOnRoller) {
        if (emptyRoller.length < MIN_SAMPLES) {
            return new CalibrationResult.Refused(CalibrationResult.Why.TOO_FEW_EMPTY, "need at least "
                    + MIN_SAMPLES + " readings of the empty roller, got " + emptyRoller.length);
        }
        if (personOnRoller.length < MIN_SAMPLES) {
            return new CalibrationResult.Refused(CalibrationResult.Why.TOO_FEW_LOADED, "need at least "
                    + MIN_SAMPLES + " readings with a person on the roller, got " + personOnRoller.length);
        }
        if (!allFinite(emptyRoller) || !allFinite(personOnRoller)) {
            return new CalibrationResult.Refused(CalibrationResult.Why.NOT_NUMBERS, "some readings were not numbers");
        }
        double baseline = median(emptyRoller);
        double noise = standardDeviation(emptyRoller);
        double widest = 0;
        for (double v : emptyRoller) {
            widest = Math.max(widest, Math.abs(v - baseline));
        }
        double loaded = median(personOnRoller);
        double rise = Math.abs(loaded - baseline);
        double resolution = Math.max(noise, 1e-9);
        if (rise < MIN_SIGNAL_TO_NOISE * resolution || rise <= widest) {
            return new CalibrationResult.Refused(CalibrationResult.Why.CANNOT_TELL_APART,
                    "empty and loaded cannot be told apart: a person moves the reading by "
                    + format(rise) + " but the empty roller already varies by " + format(widest)
                    + "; check that the sensor sits under the roller and is wired firmly");
        }
        double wobble = standardDeviation(personOnRoller);
        if (wobble > MAX_LOADED_SPREAD * rise) {
            return new CalibrationResult.Refused(CalibrationResult.Why.NOT_STILL,
                    "the reading with a person on it varied by " + format(wobble) + " against a load of " + format(rise) + ": lie still on the roller and measure again");
        }
        double span = rise - widest;
        double off = widest + span * OFF_FRACTION;
        double on = widest + span * ON_FRACTION;
        return new CalibrationResult.Calibrated(baseline, noise, loaded, on, off);
    }

    private static boolean allFinite(double[] values) {
        return Arrays.stream(values).allMatch(Double::isFinite);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double standardDeviation(double[] values) {
        double mean = Arrays.stream(values).average().orElse(0);
        double sq = 0;
        for (double v : values) {
            sq += (v - mean) * (v - mean);
        }
        return Math.sqrt(sq / values.length);
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value) : String.format(java.util.Locale.ROOT, "%.3g", value);
    }
}
