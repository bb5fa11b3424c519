package com.rollkiosk.domain;

/**
 * The times the top-level flow needs, in nanoseconds, taken from the config by the wiring.
 *
 * @param idleNanos       no touch and no pressure this long returns to attract
 * @param cardPeriodNanos each attract card shows this long
 * @param resultNanos     the finished and "one of these applies" screens stay this long
 * @param switchSideNanos the between-steps prompt moves on to the next hold after this long
 * @param getReadyNanos   countdown before a touch-started hold
 * @param counting        when a sensor-driven hold counts: on contact, or only while steady
 */
public record FlowTiming(long idleNanos, long cardPeriodNanos, long resultNanos, long switchSideNanos,
                         long getReadyNanos, int maximalSeconds, int minimalSeconds, HoldCounting counting) {

    private static final long SECOND = 1_000_000_000L;

    public static FlowTiming ofSeconds(int idle, int cardPeriod, int result, int switchSide, int getReady,
                                       int maximal, int minimal) {
        return new FlowTiming(idle * SECOND, cardPeriod * SECOND, result * SECOND, switchSide * SECOND,
                getReady * SECOND, maximal, minimal, HoldCounting.CONTACT);
    }

    public FlowTiming counting(HoldCounting rule) {
        return new FlowTiming(idleNanos, cardPeriodNanos, resultNanos, switchSideNanos, getReadyNanos,
                maximalSeconds, minimalSeconds, rule);
    }

    public int targetSeconds(Intensity intensity) {
        return intensity == Intensity.MAXIMAL ? maximalSeconds : minimalSeconds;
    }
}
