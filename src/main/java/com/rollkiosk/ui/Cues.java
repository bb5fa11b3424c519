package com.rollkiosk.ui;

/** The sounds that back up what the screen shows, for a loud gym. Implementations never block or throw. */
public interface Cues {

    /** The last seconds of a hold have begun. */
    void warning();

    /** A hold reached its target. */
    void completed();

    static Cues silent() {
        return new Cues() {
            @Override
            public void warning() {
            }

            @Override
            public void completed() {
            }
        };
    }
}
