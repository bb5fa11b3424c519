package com.rollkiosk.sensor.field;

import com.rollkiosk.domain.Clock;

/**
 * The board's time, moved on only by the emulator, for the kiosk's serial reader, roller and flow
 * to read. Because it stands still whenever the emulator does, a busy machine can neither make a
 * board that is printing look silent nor squeeze its readings closer together; and the emulator
 * may run faster than real time. Reading it from any thread is safe.
 */
public final class EmulatedClock implements Clock {

    /** Far from zero, so that no "nothing yet" sentinel in the kiosk is ever a real time. */
    static final long ORIGIN = 1_000_000_000_000L;

    private volatile long nanos = ORIGIN;

    @Override
    public long nanoTime() {
        return nanos;
    }

    /** Moves time on; never back. */
    void advanceTo(long t) {
        if (t > nanos) {
            nanos = t;
        }
    }
}
