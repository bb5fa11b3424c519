package com.rollkiosk.sensor;

/** Waits that start short and double up to a ceiling, so a lost roller is retried forever but cheaply. */
final class Backoff {

    private final long minMs;
    private final long maxMs;
    private long nextMs;

    Backoff(long minMs, long maxMs) {
        this.minMs = Math.max(1, minMs);
        this.maxMs = Math.max(this.minMs, maxMs);
        this.nextMs = this.minMs;
    }

    long next() {
        long wait = nextMs;
        nextMs = Math.min(maxMs, nextMs * 2);
        return wait;
    }

    /** After a connection that worked, a later loss is retried quickly again. */
    void reset() {
        nextMs = minMs;
    }
}
