package com.rollkiosk.domain;

/**
 * Decides whether someone is on the roller from the load, with hysteresis and two debounce times.
 *
 * <p>Time comes from each sample's own timestamp rather than a clock read at call time, so the
 * detector is a pure function of its input: a replayed file, a simulation and a live port give the
 * same answers, and tests need no clock at all. Timestamps must not go backwards.
 *
 * <p>A press counts once every sample for {@code debounceOn} stays above the on level; a release
 * once every sample for {@code debounceOff} stays below the off level. A reading between the two
 * levels keeps the current state and cancels a pending change. The levels are passed with each
 * sample because an automatic zero keeps learning them. Not thread-safe: one feeder.
 */
public final class ContactDetector {

    private static final long NOT_PENDING = Long.MIN_VALUE;

    private final long debounceOnNanos;
    private final long debounceOffNanos;
    private boolean on;
    private long pendingSince = NOT_PENDING;

    public ContactDetector(long debounceOnNanos, long debounceOffNanos) {
        if (debounceOnNanos < 0 || debounceOffNanos < 0) {
            throw new IllegalArgumentException("debounce times must not be negative");
        }
        this.debounceOnNanos = debounceOnNanos;
        this.debounceOffNanos = debounceOffNanos;
    }

    /**
     * @param load     how far the reading is from the empty roller, towards loaded
     * @param onLevel  contact starts above this
     * @param offLevel contact ends below this; not above {@code onLevel}
     */
    public ContactChange feed(long tNanos, double load, double onLevel, double offLevel) {
        boolean wantsChange = on ? load < offLevel : load > onLevel;
        if (!wantsChange) {
            pendingSince = NOT_PENDING;
            return ContactChange.NONE;
        }
        if (pendingSince == NOT_PENDING) {
            pendingSince = tNanos;
        }
        long debounce = on ? debounceOffNanos : debounceOnNanos;
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

    /** Someone is on, known by other means than the load crossing the on level. */
    public void forceOn() {
        on = true;
        pendingSince = NOT_PENDING;
    }

    /** Forgets everything, as after the sensor was lost: the next press starts from scratch. */
    public void reset() {
        on = false;
        pendingSince = NOT_PENDING;
    }
}
