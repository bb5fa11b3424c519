package com.rollkiosk.sensor.field;

import java.util.Random;

/**
 * Somebody on the roller, as the load they put through it: never still. Breathing moves the load
 * by a few percent at 0.2–0.4 Hz, the heartbeat by about half to one percent at 1–1.3 Hz (a load
 * cell under a bed sees both: ballistocardiography), and every few seconds they shift their
 * posture a little. A pure function of time since they got on, so a replay with the same seed is
 * the same person.
 */
public final class Person {

    private static final double TWO_PI = 2 * Math.PI;

    private final double weightKg;
    private final long seed;
    private final double breathHz;
    private final double breathShare;
    private final double breathPhase;
    private final double heartHz;
    private final double heartShare;
    private final double heartPhase;
    private final double shiftSeconds;
    private final double shiftShare;

    private Person(double weightKg, Random random) {
        this.weightKg = weightKg;
        this.seed = random.nextLong();
        this.breathHz = 0.2 + 0.2 * random.nextDouble();
        this.breathShare = 0.02 + 0.02 * random.nextDouble();
        this.breathPhase = TWO_PI * random.nextDouble();
        this.heartHz = 1.0 + 0.3 * random.nextDouble();
        this.heartShare = 0.005 + 0.005 * random.nextDouble();
        this.heartPhase = TWO_PI * random.nextDouble();
        this.shiftSeconds = 2 + 4 * random.nextDouble();
        this.shiftShare = 0.02 + 0.03 * random.nextDouble();
    }

    /** Somebody who puts {@code weightKg} through the roller on average, their rhythms drawn from {@code random}. */
    public static Person weighing(double weightKg, Random random) {
        return new Person(weightKg, random);
    }

    /** The same kind of person, lighter: a light hold, or someone smaller. */
    public Person atShare(double share, Random random) {
        return new Person(weightKg * share, random);
    }

    public double weightKg() {
        return weightKg;
    }

    /** Their load in kg, {@code seconds} after they got on (ramps not included). */
    public double load(double seconds) {
        double breath = breathShare * Math.sin(TWO_PI * breathHz * seconds + breathPhase);
        double beat = TWO_PI * heartHz * seconds + heartPhase;
        double heart = heartShare * (Math.sin(beat) + 0.4 * Math.sin(2 * beat + 1.3)) / 1.4;
        return weightKg * (1 + breath + heart + posture(seconds));
    }

    /** Posture as steps every few seconds, each eased in over a sixth of its slot. */
    private double posture(double seconds) {
        int slot = (int) Math.floor(seconds / shiftSeconds);
        double into = (seconds - slot * shiftSeconds) / shiftSeconds;
        double now = shift(slot);
        if (into >= 1.0 / 6) {
            return now;
        }
        double before = shift(slot - 1);
        return before + (now - before) * ease(into * 6);
    }

    private double shift(int slot) {
        return slot <= 0 ? 0 : new Random(seed ^ (slot * 0x9E3779B97F4A7C15L)).nextGaussian() * shiftShare;
    }

    /** 0 to 1 smoothly, as a body settles. */
    static double ease(double x) {
        double c = Math.max(0, Math.min(1, x));
        return c * c * (3 - 2 * c);
    }
}
