package com.rollkiosk.app;

import com.rollkiosk.ui.StaffAccess;

import java.io.IOException;

/** The PIN pad's checks, answered by {@link PinCheck} from the PIN file in the data folder. The PIN is never logged. */
final class PinAccess implements StaffAccess {

    private static final System.Logger LOG = System.getLogger(PinAccess.class.getName());

    private final PinStore store;
    private final PinCheck check;

    PinAccess(PinStore store, com.rollkiosk.domain.Clock clock) {
        this.store = store;
        this.check = new PinCheck(store, clock);
    }

    @Override
    public boolean pinSet() {
        return store.isSet();
    }

    @Override
    public long waitMillis() {
        return check.waitMillis();
    }

    @Override
    public long waitIfWrong() {
        return check.waitIfWrong();
    }

    @Override
    public Answer check(char[] pin) {
        try {
            PinCheck.Result r = check.check(pin);
            return switch (r.outcome()) {
                case RIGHT -> new Answer(Outcome.OPEN, 0);
                case WRONG -> new Answer(Outcome.WRONG, r.waitMillis());
                case WAIT -> new Answer(Outcome.WAIT, r.waitMillis());
                case NO_PIN -> new Answer(Outcome.NO_PIN, 0);
            };
        } catch (IOException e) {
            // An unreadable PIN file opens nothing; what went wrong goes to the log, the PIN does not.
            LOG.log(System.Logger.Level.WARNING, "cannot read the staff PIN file " + store.file() + ": " + e.getMessage());
            return new Answer(Outcome.WRONG, 0);
        }
    }
}
