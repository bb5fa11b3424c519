package com.rollkiosk.app;

import com.rollkiosk.domain.Clock;
import java.io.IOException;

/**
 * What the staff PIN pad asks: is this the PIN? It answers with the rate limit applied, so an
 * attempt made while waiting is refused without being checked or counted. An attempt is counted
 * as wrong before its hash is checked and cleared once it proves right, so neither a crash in the
 * middle nor two checks at once slip past the count. Call off the event thread: a check hashes.
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

    /** The attempts kept beside the PIN file, so a restart keeps the wait. */
    PinCheck(PinStore store, Clock clock) {
        this(store, new PinAttempts(clock, System::currentTimeMillis,
                store.file().resolveSibling(PinAttempts.FILE)));
    }

    PinCheck(PinStore store, PinAttempts attempts) {
        this.store = store;
        this.attempts = attempts;
    }

    synchronized Result check(char[] pin) throws IOException {
        if (!store.isSet()) {
            return new Result(Outcome.NO_PIN, 0);
        }
        long wait = attempts.waitMillis();
        if (wait > 0) {
            return new Result(Outcome.WAIT, wait);
        }
        long earned = attempts.wrong();
        if (store.verify(pin)) {
            attempts.right();
            return new Result(Outcome.RIGHT, 0);
        }
        return new Result(Outcome.WRONG, earned);
    }

    /** How long before the next attempt is taken; cheap, and never waits behind a check. */
    long waitMillis() {
        return attempts.waitMillis();
    }

    /** The wait a wrong PIN typed now would earn; cheap, and never waits behind a check. */
    long waitIfWrong() {
        return attempts.waitIfWrong();
    }
}
