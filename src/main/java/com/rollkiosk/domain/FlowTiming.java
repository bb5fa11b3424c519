package com.rollkiosk.domain;

/**
 * The times the top-level flow needs, in nanoseconds, taken from the config by the wiring.
 *
 * @param idleNanos          no touch (and no contact during a hold) this long returns to attract
 * @param cardPeriodNanos    each attract card shows this long
 * @param resultNanos        the finished and "one of these applies" screens stay this long
 * @param switchSideNanos    the between-steps prompt moves on to the next hold after this long
 * @param getReadyNanos      countdown before a touch-started hold
 * @param counting           when a sensor-driven hold counts: on contact, or only while steady
 * @param tapGuardNanos      a tap this soon after a screen appears does not press its buttons
 * @param safetyReadingNanos the safety list's confirmation counts only after this much reading time
 */
public record FlowTiming(long idleNanos, long cardPeriodNanos, long resultNanos, long switchSideNanos,
                         long getReadyNanos, int maximalSeconds, int minimalSeconds, HoldCounting counting,
                         long tapGuardNanos, long safetyReadingNanos) {

    private static final long SECOND = 1_000_000_000L;
    /** Longer than a double tap or a bounce on a touch panel, shorter than anyone takes to read a screen. */
    public static final long TAP_GUARD_NANOS = 500_000_000L;
    /** Nobody reads 25 conditions in less; a tap before it cannot be a confirmation. */
    public static final long SAFETY_READING_NANOS = SECOND;

    public static FlowTiming ofSeconds(int idle, int cardPeriod, int result, int switchSide, int getReady,
                                       int maximal, int minimal) {
        return new FlowTiming(idle * SECOND, cardPeriod * SECOND, result * SECOND, switchSide * SECOND,
                getReady * SECOND, maximal, minimal, HoldCounting.CONTACT, TAP_GUARD_NANOS, SAFETY_READING_NANOS);
    }

    public FlowTiming counting(HoldCounting rule) {
        return new FlowTiming(idleNanos, cardPeriodNanos, resultNanos, switchSideNanos, getReadyNanos,
                maximalSeconds, minimalSeconds, rule, tapGuardNanos, safetyReadingNanos);
    }

    /** For tests of other rules that tap through screens at one instant of a fake clock. */
    public FlowTiming withoutTapGuard() {
        return new FlowTiming(idleNanos, cardPeriodNanos, resultNanos, switchSideNanos, getReadyNanos,
                maximalSeconds, minimalSeconds, counting, 0, 0);
    }

    public int targetSeconds(Intensity intensity) {
        return intensity == Intensity.MAXIMAL ? maximalSeconds : minimalSeconds;
    }
}
