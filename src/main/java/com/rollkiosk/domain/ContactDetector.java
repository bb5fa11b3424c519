package com.rollkiosk.domain;

/**
 * Decides whether someone is on the roller from a stream of readings.
 *
 * <p>Time comes from each sample's own timestamp rather than a clock read at call time, so the
 * detector is a pure function of its input: a replayed file, a simulation and a live port give the
 * same answers, and tests need no clock at all. Timestamps must not go backwards.
 *
 * <p>A press counts once every sample for {@code debounceOn} stays above the on level; a release
 * once every sample for {@code debounceOff} stays below the off level. A reading between the two
 * levels keeps the current state and cancels a pending change. Not thread-safe: one feeder.
 */
public final class ContactDetector {

    private static final long NOT_PENDING = Long.MIN_VALUE;

    private final ContactThresholds thresholds;
    private boolean on;
    private long pendingSince = NOT_PENDING;

    public ContactDetector(ContactThresholds thresholds) {
        this.thresholds = thresholds;
    }

    public ContactChange feed(long tNanos, double value) {
        boolean wantsChange = on ? thresholds.isBelowOff(value) : thresholds.isAboveOn(value);
        if (!wantsChange) {
            pendingSince = NOT_PENDING;
            return ContactChange.NONE;
        }
        if (pendingSince == NOT_PENDING) {
            pendingSince = tNanos;
        }
        long debounce = on ? thresholds.debounceOffNanos() : thresholds.debounceOnNanos();
        if (tNanos - pendingSince < debounce) {
            return ContactChange.NONE;
        }
        on = !on;
        pendingSince = NOT_PENDING;
        return on ? ContactChange.ON : ContactChange.OFF;
    }

    public boolean isOn() {
        return on;
    }

    /** Forgets everything, as after the sensor was lost: the next press starts from scratch. */
    public void reset() {
        on = false;
        pendingSince = NOT_PENDING;
    }
}
