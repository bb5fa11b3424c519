package com.rollkiosk.domain;

/**
 * Whether someone is at the kiosk, and which of their taps count.
 *
 * <p>A visit opens with a touch and ends when the flow sends the kiosk back to the idle screen for
 * the next person (by a timeout, or at the end of a session); the screens count the ends, so the
 * language one person chose lasts exactly their visit.
 *
 * <p>A tap that arrives within a short guard time of a screen appearing was meant for the screen
 * before it (a double tap, a bouncing touch panel, a finger already on its way), so it presses
 * nothing. The guard runs from when the screen was put in front of the person, which the screens
 * report after drawing it: later than the flow changed it, when drawing was slow.
 */
final class Presence {

    private final Clock clock;
    private long lastActivityNanos;
    private long shownSinceNanos;
    private boolean visiting;
    private int visitsEnded;

    Presence(Clock clock) {
        this.clock = clock;
        long now = clock.nanoTime();
        this.lastActivityNanos = now;
        this.shownSinceNanos = now;
    }

    /** A touch: someone is here, and a visit is open until the flow ends it. */
    void touched() {
        lastActivityNanos = clock.nanoTime();
        visiting = true;
    }

    /** Someone is still here without touching: on the roller during a hold, or a hold running. */
    void stillHere() {
        lastActivityNanos = clock.nanoTime();
    }

    long idleNanos() {
        return clock.nanoTime() - lastActivityNanos;
    }

    boolean visiting() {
        return visiting;
    }

    /** The kiosk goes back to the idle screen for the next person. */
    void endVisit() {
        visiting = false;
        visitsEnded++;
    }

    int visitsEnded() {
        return visitsEnded;
    }

    /** A new screen, or a new step on the same screen, is in front of the person from now. */
    void shown() {
        shownSinceNanos = clock.nanoTime();
    }

    /** How long until this much time has passed since the screen was shown; 0 once it has. */
    long nanosUntilShownFor(long nanos) {
        return Math.max(0, nanos - (clock.nanoTime() - shownSinceNanos));
    }
}
