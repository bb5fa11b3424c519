package com.rollkiosk.domain;

/**
 * Whether the roller may be broken, judged from how the kiosk is used: a runner who times a hold by
 * touch while the sensor is connected is on the roller, so a sensor that saw nobody through several
 * such holds in a row cannot see a person (a broken FSR wire, a load cell off its mount). Any
 * contact clears the suspicion. Pure and single-threaded: the flow owns it on the event thread.
 */
public final class RollerHealth {

    /** Touch-timed holds without a contact, in a row, before the roller is called into question. */
    public static final int HOLDS_WITHOUT_PERSON = 3;

    private final int limit;
    private int holdsWithoutPerson;

    public RollerHealth() {
        this(HOLDS_WITHOUT_PERSON);
    }

    public RollerHealth(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("at least one hold, was " + limit);
        }
        this.limit = limit;
    }

    /** A hold timed by touch reached its target while the sensor was connected and saw no one. */
    public void touchTimedHold() {
        holdsWithoutPerson++;
    }

    /** The sensor saw someone on the roller: it works. */
    public void personSeen() {
        holdsWithoutPerson = 0;
    }

    /** Touch-timed holds since the roller last saw a person. */
    public int holdsWithoutPerson() {
        return holdsWithoutPerson;
    }

    /** How many such holds raise the flag. */
    public int limit() {
        return limit;
    }

    /** The roller may be broken: it saw nobody through {@link #limit()} touch-timed holds in a row. */
    public boolean mayBeBroken() {
        return holdsWithoutPerson >= limit;
    }
}
