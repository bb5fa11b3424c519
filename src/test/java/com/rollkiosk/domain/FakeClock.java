package com.rollkiosk.domain;

/** A clock that moves only when a test says so. Starts at an arbitrary non-zero time, as nanoTime does. */
public final class FakeClock implements Clock {

    private long nanos = 1_000_000_000L;

    @Override
    public synchronized long nanoTime() {
        return nanos;
    }

    public synchronized void advanceNanos(long delta) {
        if (delta < 0) {
            throw new IllegalArgumentException("time does not go backwards: " + delta);
        }
        nanos += delta;
    }

    public void advanceMillis(long millis) {
        advanceNanos(millis * 1_000_000L);
    }

    public void advanceSeconds(long seconds) {
        advanceNanos(seconds * 1_000_000_000L);
    }
}
