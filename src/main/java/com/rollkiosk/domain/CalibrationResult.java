package com.rollkiosk.domain;

/** The outcome of {@link Calibration}: thresholds staff can save, or a reason they cannot. */
public sealed interface CalibrationResult {

    /**
     * Levels in the sensor's own units. The load's direction is the sign of
     * {@code loadedLevel - baseline}; the thresholds are distances from the baseline that way.
     *
     * @param baseline     median reading of the empty roller
     * @param noise        standard deviation of the empty readings
     * @param loadedLevel  median reading with a person on the roller: the gauge's full scale
     * @param onThreshold  contact starts this far from the baseline towards loaded
     * @param offThreshold contact ends nearer than this to the baseline
     */
    record Calibrated(double baseline, double noise, double loadedLevel, double onThreshold, double offThreshold)
            implements CalibrationResult {

        public Calibrated {
            if (!(offThreshold > 0 && onThreshold >= offThreshold)) {
                throw new IllegalArgumentException("need 0 < offThreshold <= onThreshold, got off "
                        + offThreshold + " on " + onThreshold);
            }
            if (!(Math.abs(loadedLevel - baseline) > onThreshold)) {
                throw new IllegalArgumentException("the loaded level must lie beyond onThreshold");
            }
        }
    }

    /**
     * @param why    which check failed, so a screen can say it in its own language
     * @param reason one sentence a member of staff can act on, with the numbers, for the console
     */
    record Refused(Why why, String reason) implements CalibrationResult {
    }

    enum Why {
        TOO_FEW_EMPTY, TOO_FEW_LOADED, NOT_NUMBERS,
        /** The person moves the reading no more than the empty roller's own noise. */
        CANNOT_TELL_APART,
        /** The person's own wobble is too large against their load. */
        NOT_STILL
    }
}
