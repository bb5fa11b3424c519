package com.rollkiosk.sensor.field;

import java.util.ArrayList;
import java.util.List;

/**
 * What a board and the people on its roller do, phase by phase, from the moment the kiosk first
 * opens the port. Built with {@link #named}; every person in it is drawn from one seed.
 *
 * @param name            for the table
 * @param phases          in order
 * @param junk            what the bootloader leaves on the line after each reset
 * @param resetsOnOpen    opening the port resets the board (DTR on an Uno); a board that does not
 *                        keeps printing, and what it printed before is
 * @param bufferedSeconds readings of this long before the port opened, arriving in one burst; 0 for none
 * @param before          who was on the roller before the port opened, with when they got on and
 *                        off in seconds before it (negative), or null
 * @param selfResetSeconds the board resets by itself this often; 0 for never
 * @param driftHoursPerSecond how many hours of the empty level's drift each second of the board's time holds
 * @param speed           board seconds per real second
 * @param poweredBeforeOpen the board was printing long before any port was opened, so its time
 *                        starts at once; opening the port still resets it
 */
public record Scenario(String name, List<Phase> phases, Junk junk, boolean resetsOnOpen, double bufferedSeconds,
                       Visit before, double selfResetSeconds, double driftHoursPerSecond, double speed,
                       boolean poweredBeforeOpen) {

    /** The half line a bootloader leaves after a reset. */
    public enum Junk {
        NONE, WITH_NUMBER, WITHOUT_NUMBER,
        /** Either, drawn per reset. */
        EITHER
    }

    /** Somebody on the roller from {@code onSeconds} to {@code offSeconds}, in the board's time. */
    public record Visit(Person person, double onSeconds, double offSeconds) {
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    public double seconds() {
        return phases.stream().mapToDouble(Phase::seconds).sum();
    }

    /** A scenario phase by phase; each phase's actions are the ones called since the last phase. */
    public static final class Builder {

        private final String name;
        private final List<Phase> phases = new ArrayList<>();
        private List<Phase.Action> pending = new ArrayList<>();
        private Junk junk = Junk.NONE;
        private boolean resetsOnOpen = true;
        private double bufferedSeconds;
        private Visit before;
        private double selfResetSeconds;
        private double driftHoursPerSecond = 1.0 / 3600;
        private double speed = 1;
        private boolean poweredBeforeOpen;
        private boolean personOn;

        private Builder(String name) {
            this.name = name;
        }

        public Builder junk(Junk kind) {
            junk = kind;
            return this;
        }

        /** A board that keeps printing through the open, with {@code seconds} of it waiting in a buffer. */
        public Builder buffered(double seconds, Visit whoWasOn) {
            resetsOnOpen = false;
            bufferedSeconds = seconds;
            before = whoWasOn;
            return this;
        }

        public Builder selfReset(double everySeconds) {
            selfResetSeconds = everySeconds;
            return this;
        }

        /** An hour of drift in {@code seconds} of the board's time. */
        public Builder hourOfDriftIn(double seconds) {
            driftHoursPerSecond = 1 / seconds;
            return this;
        }

        public Builder speed(double boardSecondsPerSecond) {
            speed = boardSecondsPerSecond;
            return this;
        }

        /** The board has been printing since before the kiosk looked for it: its time starts at once. */
        public Builder poweredBeforeOpen() {
            poweredBeforeOpen = true;
            return this;
        }

        public Builder getOn(Person person) {
            pending.add(new Phase.GetOn(person));
            personOn = true;
            return this;
        }

        public Builder getOff() {
            pending.add(new Phase.GetOff());
            personOn = false;
            return this;
        }

        public Builder unplug() {
            pending.add(new Phase.Unplug());
            return this;
        }

        public Builder replug() {
            pending.add(new Phase.Replug());
            return this;
        }

        /** The sensor dies, stuck at {@code raw}, or at its last conversion when null. */
        public Builder freeze(Long raw) {
            pending.add(new Phase.Freeze(raw));
            return this;
        }

        /** A phase whose contact state should match who is on; required, with the standard grace. */
        public Builder phase(String label, double seconds) {
            return phase(label, seconds, personOn, FieldGrace.TRANSITION_SECONDS, true);
        }

        /** A phase that is only reported: the table shows it, the suite does not judge it. */
        public Builder reported(String label, double seconds) {
            return phase(label, seconds, personOn, FieldGrace.TRANSITION_SECONDS, false);
        }

        public Builder phase(String label, double seconds, boolean expectContact, double graceSeconds, boolean required) {
            phases.add(new Phase(label, personOn, expectContact, seconds, graceSeconds, required, List.copyOf(pending)));
            pending = new ArrayList<>();
            return this;
        }

        public Scenario build() {
            return new Scenario(name, List.copyOf(phases), junk, resetsOnOpen, bufferedSeconds, before,
                    selfResetSeconds, driftHoursPerSecond, speed, poweredBeforeOpen);
        }
    }
}
