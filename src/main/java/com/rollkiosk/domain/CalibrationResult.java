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

    /** @param reason one sentence a member of staff can act on */
    record Refused(String reason) implements CalibrationResult {
    }
}
