package com.rollkiosk.domain;

/** A clock that moves only when a test says so. */
public final class FakeClock implements Clock {

    private long nanos = 1_000_000_000L;

    @Override
    public long nanoTime() {
        return nanos;
    }

    public void advanceNanos(long delta) {
        nanos += delta;
    }

    public void advanceMillis(long delta) {
        nanos += delta * 1_000_000L;
    }

    public void advanceSeconds(long delta) {
        nanos += delta * 1_000_000_000L;
    }
}
