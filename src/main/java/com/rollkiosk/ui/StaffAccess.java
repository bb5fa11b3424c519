package com.rollkiosk.ui;

/** The PIN pad's question to the wiring: may this PIN open staff mode? The UI never sees the stored PIN. */
public interface StaffAccess {

    enum Outcome {
        OPEN,
        WRONG,
        /** Too soon after wrong attempts: not checked. */
        WAIT,
        /** No PIN is set: staff mode stays closed and the pad says how to set one. */
        NO_PIN
    }

    /** @param waitMillis for WAIT and WRONG, how long until the next try is taken (0 for none) */
    record Answer(Outcome outcome, long waitMillis) {
    }

    /** Until the wiring gives one: no PIN is set. */
    static StaffAccess none() {
        return new StaffAccess() {
            @Override
            public boolean pinSet() {
                return false;
            }

            @Override
            public Answer check(char[] pin) {
                return new Answer(Outcome.NO_PIN, 0);
            }
        };
    }

    /** Whether a PIN has been set; cheap, called on the event thread. */
    boolean pinSet();

    /** Checks a PIN; slow (it hashes), so called off the event thread. The caller wipes {@code pin} after. */
    Answer check(char[] pin);

    /** How long before the next try is taken (0 for now), also after a restart; cheap, never waits behind a check. */
    default long waitMillis() {
        return 0;
    }

    /** The wait a wrong PIN typed now would earn (0 for a free slip); cheap, never waits behind a check. */
    default long waitIfWrong() {
        return 0;
    }
}
