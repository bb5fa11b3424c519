package com.rollkiosk.app;

import com.rollkiosk.domain.Clock;
import java.io.IOException;

/**
 * What the staff PIN pad asks: is this the PIN? It answers with the rate limit applied, so an
 * attempt made while waiting is refused without being checked or counted. Call off the event
 * thread: a check hashes for a noticeable fraction of a second.
 */
final class PinCheck {

    /** @param waitMillis for WAIT, how long until the next try; for WRONG, the wait it earned */
    record Result(Outcome outcome, long waitMillis) {
    }

    enum Outcome {
        /** No PIN is set: staff mode explains set-pin and opens nothing. */
        NO_PIN,
        /** Too soon after wrong attempts; not checked. */
        WAIT,
        WRONG,
        RIGHT
    }

    private final PinStore store;
    private final PinAttempts attempts;

    PinCheck(PinStore store, Clock clock) {
        this.store = store;
        this.attempts = new PinAttempts(clock);
    }

    synchronized Result check(char[] pin) throws IOException {
        if (!store.isSet()) {
            return new Result(Outcome.NO_PIN, 0);
        }
        long wait = attempts.waitMillis();
        if (wait > 0) {
            return new Result(Outcome.WAIT, wait);
        }
        if (store.verify(pin)) {
            attempts.right();
            return new Result(Outcome.RIGHT, 0);
        }
        return new Result(Outcome.WRONG, attempts.wrong());
    }
}
