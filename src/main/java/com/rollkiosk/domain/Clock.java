package com.rollkiosk.domain;

/**
 * The only source of time the domain sees. Production wires a monotonic clock; tests advance a
 * fake one, so every timing rule is checked in milliseconds without sleeping.
 */
@FunctionalInterface
public interface Clock {
    /** Monotonic nanoseconds; only differences between two readings mean anything. */
    long nanoTime();

    default long millis() {
        return nanoTime() / 1_000_000L;
    }
}
