package com.rollkiosk.domain;

/** The outcome of {@link Calibration}: thresholds staff can save, or a reason they cannot. */
public sealed interface CalibrationResult {

    /**
     * @param baseline     median reading of the empty roller
     * @param noise        largest distance of an empty reading from the baseline (at least 1)
     * @param loadedLevel  median reading with a person on the roller
     * @param onThreshold  relative to baseline, for config {@code sensor.onThreshold}
     * @param offThreshold relative to baseline, for config {@code sensor.offThreshold}
     */
    record Calibrated(long baseline, long noise, long loadedLevel, long onThreshold, long offThreshold)
            implements CalibrationResult {
    }

    /** @param reason one sentence a member of staff can act on */
    record Refused(String reason) implements CalibrationResult {
    }
}
