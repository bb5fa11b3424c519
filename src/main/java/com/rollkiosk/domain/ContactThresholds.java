package com.rollkiosk.domain;

/**
 * The rules that turn raw readings into contact, all levels relative to {@code baseline}.
 * Hysteresis ({@code offLevel < onLevel}) and two debounce times keep a bump from starting a hold
 * and shifting weight from pausing one.
 *
 * @param baseline         reading of the empty roller
 * @param onLevel          contact starts once readings stay above baseline + this for {@code debounceOnNanos}
 * @param offLevel         contact ends once readings stay below baseline + this for {@code debounceOffNanos}
 * @param debounceOnNanos  how long a press must last to count
 * @param debounceOffNanos how long a release must last to count
 */
public record ContactThresholds(long baseline, long onLevel, long offLevel,
                                long debounceOnNanos, long debounceOffNanos) {

    public ContactThresholds {
        if (offLevel > onLevel) {
            throw new IllegalArgumentException(
                    "offThreshold (" + offLevel + ") must not be above onThreshold (" + onLevel + ")");
        }
        if (debounceOnNanos < 0 || debounceOffNanos < 0) {
            throw new IllegalArgumentException("debounce times must not be negative");
        }
    }

    public static ContactThresholds ofMillis(long baseline, long onLevel, long offLevel,
                                             long debounceOnMs, long debounceOffMs) {
        return new ContactThresholds(baseline, onLevel, offLevel,
                debounceOnMs * 1_000_000L, debounceOffMs * 1_000_000L);
    }

    boolean isAboveOn(double value) {
        return value > baseline + onLevel;
    }

    boolean isBelowOff(double value) {
        return value < baseline + offLevel;
    }
}
