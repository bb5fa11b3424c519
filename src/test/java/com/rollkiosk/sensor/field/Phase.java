package com.rollkiosk.sensor.field;

import java.util.List;

/**
 * A stretch of a scenario with its ground truth: whether somebody is on the roller, the contact
 * state the kiosk should show (the same, except where the sensor cannot vouch for anyone), and
 * what happens to the board as it begins.
 *
 * @param label         what happens, for the table
 * @param personOn      somebody is on the roller
 * @param expectContact the contact state the kiosk should show
 * @param seconds       how long it lasts, in the board's time
 * @param graceSeconds  from its start, time the kiosk is given to get there
 * @param required      the suite fails if the share of correct time stays under the bar; else only reported
 * @param actions       what happens at its start, in order
 */
public record Phase(String label, boolean personOn, boolean expectContact, double seconds, double graceSeconds,
                    boolean required, List<Action> actions) {

    /** Something that happens to the roller or the board. */
    public sealed interface Action {
    }

    /** Somebody gets on. */
    public record GetOn(Person person) implements Action {
    }

    /** Whoever is on gets off. */
    public record GetOff() implements Action {
    }

    /** The cable is pulled: the pty goes away. */
    public record Unplug() implements Action {
    }

    /** The cable goes back in: the pty is there again, and the kiosk's reopening resets the board. */
    public record Replug() implements Action {
    }

    /**
     * The sensor dies: from now on an FSR board prints {@code raw} (a broken wire reads 0), or its
     * last conversion when null; a load cell's board always repeats its last conversion.
     */
    public record Freeze(Long raw) implements Action {
    }

    public String truth() {
        return (personOn ? "on" : "off") + (expectContact == personOn ? "" : ", expect " + (expectContact ? "on" : "off"));
    }
}
