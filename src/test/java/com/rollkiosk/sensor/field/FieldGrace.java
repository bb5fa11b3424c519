package com.rollkiosk.sensor.field;

/** The time the kiosk is given to catch up, and the bar it must clear; the table's caption states them. */
public final class FieldGrace {

    /**
     * After every change of who is on the roller, and after the readings come back from a reset or
     * a replug: the shipped release debounce (700 ms), plus a second.
     */
    public static final double TRANSITION_SECONDS = 1.7;

    /** The goal: empty within 6 s of a person, on at connect, getting off. */
    public static final double PERSON_AT_CONNECT_LEFT_SECONDS = 6;

    /** A sensor stuck at one value must not hold a contact longer than this. */
    public static final double STUCK_SECONDS = 10;

    /** Share of a required phase's judged time in which the contact state must be right. */
    public static final double REQUIRED_SHARE = 0.9;

    private FieldGrace() {
    }
}
