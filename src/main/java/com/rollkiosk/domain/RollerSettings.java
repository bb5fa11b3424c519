package com.rollkiosk.domain;

/**
 * What the roller's detection starts from. A saved calibration wins over the config's levels, and
 * the config's levels win over the automatic zero; anything not given is learned.
 *
 * @param debounceOnNanos  how long a press must last to count
 * @param debounceOffNanos how long a release must last to count
 * @param baseline         the empty roller's reading from the config, or null to learn it
 * @param onThreshold      distance from the empty level that starts contact, or null to learn it
 * @param offThreshold     distance below which contact ends, or null to learn it
 * @param calibration      a saved calibration, or null
 */
public record RollerSettings(long debounceOnNanos, long debounceOffNanos, Double baseline, Double onThreshold,
                             Double offThreshold, CalibrationResult.Calibrated calibration) {

    public RollerSettings {
        if (debounceOnNanos < 0 || debounceOffNanos < 0) {
            throw new IllegalArgumentException("debounce times must not be negative");
        }
        if (onThreshold != null && offThreshold != null && offThreshold > onThreshold) {
            throw new IllegalArgumentException(
                    "offThreshold (" + offThreshold + ") must not be above onThreshold (" + onThreshold + ")");
        }
    }

    /** Everything learned: the automatic zero, with these debounce times. */
    public static RollerSettings automatic(long debounceOnMs, long debounceOffMs) {
        return new RollerSettings(debounceOnMs * 1_000_000L, debounceOffMs * 1_000_000L, null, null, null, null);
    }

    /** The config sets the empty level and both thresholds: nothing is left to learn. */
    public boolean fullyConfigured() {
        return baseline != null && onThreshold != null && offThreshold != null;
    }

    public RollerSettings withCalibration(CalibrationResult.Calibrated saved) {
        return new RollerSettings(debounceOnNanos, debounceOffNanos, baseline, onThreshold, offThreshold, saved);
    }
}
