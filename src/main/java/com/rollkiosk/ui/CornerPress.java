package com.rollkiosk.ui;

import com.rollkiosk.domain.Clock;

/**
 * The hidden way into staff mode on a touchscreen: a press held {@value #HOLD_MS} ms on the idle
 * screen's top-left corner, timed on the kiosk clock. Nothing marks the corner; a short tap there
 * is an ordinary tap.
 */
final class CornerPress {

    static final long HOLD_MS = 3_000;
    /** The corner's side in window pixels, at any window size. */
    static final int SIDE = 120;

    private final Clock clock;
    private long pressedAtMs = -1;

    CornerPress(Clock clock) {
        this.clock = clock;
    }

    /** A finger went down; {@code inCorner} says whether on the corner of the idle screen. */
    void pressed(boolean inCorner) {
        pressedAtMs = inCorner ? clock.millis() : -1;
    }

    void released() {
        pressedAtMs = -1;
    }

    static boolean inCorner(int x, int y) {
        return x >= 0 && y >= 0 && x < SIDE && y < SIDE;
    }

    /** How long until the press held now becomes {@link #due}; {@code Long.MAX_VALUE} with none held. */
    long msUntilDue() {
        return pressedAtMs < 0 ? Long.MAX_VALUE : Math.max(0, HOLD_MS - (clock.millis() - pressedAtMs));
    }

    /** True once when the press has been held long enough; then the press is used up. */
    boolean due() {
        if (pressedAtMs >= 0 && clock.millis() - pressedAtMs >= HOLD_MS) {
            pressedAtMs = -1;
            return true;
        }
        return false;
    }
}
