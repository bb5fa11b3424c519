package com.rollkiosk.app;

import com.rollkiosk.domain.Clock;

/**
 * Wrong PIN attempts and the wait they earn, on an injected clock. The first
 * {@value #FREE_ATTEMPTS} wrong attempts in a row cost nothing (a finger slips); each one after
 * that makes the next attempt wait, from {@value #FIRST_WAIT_MS} ms doubling up to
 * {@value #MAX_WAIT_MS} ms, so guessing 10,000 four-digit PINs takes months. A right PIN clears it.
 */
final class PinAttempts {

    static final int FREE_ATTEMPTS = 3;
    static final long FIRST_WAIT_MS = 10_000;
    static final long MAX_WAIT_MS = 15 * 60_000;

    private final Clock clock;
    private int wrongInARow;
    private long blockedUntilMs;

    PinAttempts(Clock clock) {
        this.clock = clock;
    }

    /** How long before the next attempt is taken; 0 when it may be made now. */
    long waitMillis() {
        return Math.max(0, blockedUntilMs - clock.millis());
    }

    /** Counts a wrong PIN and returns the wait it earned (0 for the free ones). */
    long wrong() {
        wrongInARow++;
        int over = wrongInARow - FREE_ATTEMPTS;
        if (over <= 0) {
            return 0;
        }
        long wait = over > 20 ? MAX_WAIT_MS : Math.min(MAX_WAIT_MS, FIRST_WAIT_MS << (over - 1));
        blockedUntilMs = clock.millis() + wait;
        return wait;
    }

    void right() {
        wrongInARow = 0;
        blockedUntilMs = 0;
    }
}
