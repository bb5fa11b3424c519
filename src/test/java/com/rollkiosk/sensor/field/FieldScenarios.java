package com.rollkiosk.sensor.field;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The field suite's scenarios, the list, each drawn from a seed: its people's weights and
 * rhythms differ from seed to seed. {@code scale} stretches the phases (1 in the short form).
 */
public final class FieldScenarios {

    public static final String JUNK_NUMBER = "reset silence, junk with a number";
    public static final String JUNK_TEXT = "reset silence, junk without a number";
    public static final String BURST = "readings buffered before the open";
    public static final String AT_CONNECT = "person on at connect, then the next";
    public static final String REPLUG = "replug in the middle of a hold";
    public static final String LIGHT = "heavy then light hold (15 %)";
    public static final String DRIFT = "slow drift over an hour";
    public static final String DEAD_NOBODY = "dead sensor, nobody on";
    public static final String DEAD_SOMEBODY = "dead sensor, stuck with somebody on";
    public static final String SELF_RESET = "board resets itself every 4 s";
    public static final String TWO_PORTS = "two USB-serial ports, one silent";

    /** Board seconds a real second, for the scenarios that do not set their own. */
    public static final double SPEED = 4;
    /** The drift runs this fast: an hour of it in a minute of real time in the long form. */
    public static final double DRIFT_SPEED = 60;

    private FieldScenarios() {
    }

    /** Every scenario played through one port, for one seed. */
    public static List<Scenario> all(long seed, double scale, boolean longForm) {
        Random r = new Random(seed);
        List<Scenario> all = new ArrayList<>();
        all.add(resetJunk(JUNK_NUMBER, Scenario.Junk.WITH_NUMBER, r, scale));
        all.add(resetJunk(JUNK_TEXT, Scenario.Junk.WITHOUT_NUMBER, r, scale));
        all.add(burst(r, scale));
        all.add(personAtConnect(r, scale));
        all.add(replug(r, scale));
        all.add(heavyThenLight(r, scale));
        all.add(drift(r, longForm));
        all.add(deadNobody(r, scale));
        all.add(deadSomebody(r, scale));
        all.add(selfReset(r, scale));
        return all;
    }

    /** The first empty phase outlasts the reset and the library example's 4 s of settling and taring. */
    private static final double FIRST_EMPTY = 10;

    private static Person somebody(Random r) {
        return Person.weighing(20 + 25 * r.nextDouble(), r);
    }

    static Scenario resetJunk(String name, Scenario.Junk junk, Random r, double scale) {
        return Scenario.named(name).junk(junk).speed(SPEED)
                .phase("empty", FIRST_EMPTY)
                .getOn(somebody(r)).phase("person on", 6 * scale)
                .getOff().phase("empty again", 4 * scale)
                .build();
    }

    static Scenario burst(Random r, double scale) {
        // Somebody sat on it until a second before the open: the burst holds both levels.
        return Scenario.named(BURST).buffered(3, new Scenario.Visit(somebody(r), -3, -1.2)).speed(SPEED)
                .phase("empty", FIRST_EMPTY)
                .getOn(somebody(r)).phase("person on", 6 * scale)
                .getOff().phase("empty again", 4 * scale)
                .build();
    }

    static Scenario personAtConnect(Random r, double scale) {
        return Scenario.named(AT_CONNECT).speed(SPEED)
                .getOn(somebody(r)).reported("on at connect, nothing remembered", 6 * scale)
                .getOff().phase("they left: empty within 6 s", 8 * scale, false,
                        FieldGrace.PERSON_AT_CONNECT_LEFT_SECONDS, true)
                .getOn(somebody(r)).phase("the next person", 5 * scale)
                // Longer than the flow's idle timeout in the suite (8 s): the kiosk is back on its idle screen.
                .getOff().phase("empty, back to idle", 11)
                .build();
    }

    /**
     * Long enough after the library example's settling for the empty roller to be seen still (4 s
     * after learning), as a gym's roller is between runners: from then on a contact says which way
     * people load it.
     */
    private static final double IDLE_BEFORE_A_HOLD = 15;

    static Scenario replug(Random r, double scale) {
        return Scenario.named(REPLUG).speed(SPEED)
                .phase("empty", IDLE_BEFORE_A_HOLD)
                .getOn(somebody(r)).phase("person, hold running", 5 * scale)
                .unplug().reported("person, cable out", 1.5)
                .replug().phase("person, after the replug", 12 * scale)
                .getOff().phase("empty again", 4 * scale)
                .build();
    }

    static Scenario heavyThenLight(Random r, double scale) {
        Person heavy = Person.weighing(35 + 15 * r.nextDouble(), r);
        return Scenario.named(LIGHT).speed(SPEED)
                .phase("empty", FIRST_EMPTY)
                .getOn(heavy).phase("heavy hold", 6 * scale)
                .getOff().phase("empty between", 5 * scale)
                .getOn(heavy.atShare(0.15, r)).phase("light hold at 15 %", 6 * scale)
                .getOff().phase("empty again", 5 * scale)
                .build();
    }

    /**
     * An hour of drift. The long form plays the hour at 60 times real speed; the short form plays
     * a quarter of an hour of board time with the hour's drift pressed into it, four times as steep.
     */
    static Scenario drift(Random r, boolean longForm) {
        double seconds = longForm ? 3600 : 900;
        Scenario.Builder b = Scenario.named(DRIFT).speed(DRIFT_SPEED).hourOfDriftIn(seconds);
        double played = 0;
        while (played + 120 <= seconds) {
            b.getOff().phase("empty, drifting", 95).getOn(somebody(r)).phase("person on, after drift", 25);
            played += 120;
        }
        return b.getOff().phase("empty, drifting", Math.max(10, seconds - played)).build();
    }

    static Scenario deadNobody(Random r, double scale) {
        // An FSR's broken wire reads 0; a load cell's sketch repeats its last conversion for ever.
        return Scenario.named(DEAD_NOBODY).speed(SPEED)
                .phase("empty", FIRST_EMPTY)
                .freeze(0L).phase("sensor dead, nobody", 12 * scale, false, FieldGrace.TRANSITION_SECONDS, true)
                .getOn(somebody(r)).phase("sensor dead, somebody on (touch only)", 5 * scale, false,
                        FieldGrace.TRANSITION_SECONDS, false)
                .build();
    }

    static Scenario deadSomebody(Random r, double scale) {
        double stuckWithThem = 5;
        return Scenario.named(DEAD_SOMEBODY).speed(SPEED)
                .phase("empty", FIRST_EMPTY)
                .getOn(somebody(r)).phase("person on", 5 * scale)
                .freeze(null).reported("person on, sensor stuck", stuckWithThem)
                .getOff().phase("nobody, stuck at their load", 15, false,
                        FieldGrace.STUCK_SECONDS - stuckWithThem, true)
                .build();
    }

    static Scenario selfReset(Random r, double scale) {
        return Scenario.named(SELF_RESET).junk(Scenario.Junk.EITHER).selfReset(4).speed(SPEED)
                .phase("empty", FIRST_EMPTY)
                .getOn(somebody(r)).reported("person on, through the resets", 12 * scale)
                .getOff().phase("empty again", 10 * scale)
                .build();
    }

    /** The roller on the second of two ports, printing since power-up; the first is silent. */
    public static Scenario twoPorts(long seed) {
        Random r = new Random(seed);
        return Scenario.named(TWO_PORTS).poweredBeforeOpen()
                .reported("empty, while auto looks for the roller", 10)
                .getOn(somebody(r)).phase("person on", 6)
                .getOff().phase("empty again", 5)
                .build();
    }
}
