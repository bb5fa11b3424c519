package com.rollkiosk.domain;

/**
 * The only source of time the domain sees. Production wires a monotonic clock; tests advance a
 * fake one, so every timing rule is checked in milliseconds without sleeping.
 */
@FunctionalInterface
public interface Clock {
    /** Monotonic nanoseconds, with the same meaning as {@code System.nanoTime()}. */
    long nanoTime();

    default long millis() {
        return nanoTime() / 1_000_000L;
    }
}
