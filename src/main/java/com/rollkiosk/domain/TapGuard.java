package com.rollkiosk.domain;

/**
 * Which taps count. A tap that arrives within a short guard time of a screen appearing was meant
 * for the screen before it (a double tap, a bouncing touch panel, a finger already on its way),
 * so it presses nothing. Times run from when the screen was put in front of the person, which the
 * screens report after drawing it, later than the flow changed it when drawing is slow.
 */
final class TapGuard {

    private final Clock clock;
    private long shownSinceNanos;

    TapGuard(Clock clock) {
        this.clock = clock;
        this.shownSinceNanos = clock.nanoTime();
    }

    /** A new screen, or a new step on the same screen, is in front of the person from now. */
    void shown() {
        shownSinceNanos = clock.nanoTime();
    }

    /** How long until this much time has passed since the screen was shown; 0 once it has. */
    long nanosUntil(long afterShownNanos) {
        return Math.max(0, afterShownNanos - (clock.nanoTime() - shownSinceNanos));
    }
}
