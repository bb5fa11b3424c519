package com.rollkiosk.domain;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;

/**
 * A made-up sensor reading for tests: an empty level, Gaussian noise, and a load that is a function
 * of time in seconds (0 for nobody, 1 for a person's usual load), sampled at a fixed rate.
 */
final class Signal {

    final long[] t;
    final double[] value;

    private Signal(long[] t, double[] value) {
        this.t = t;
        this.value = value;
    }

    /**
     * @param load       fraction of a person's load at each second
     * @param personLoad what a person adds, in sensor units; negative for a cell wired the other way
     */
    static Signal of(double rateHz, double seconds, double zero, double personLoad, double noise, long seed,
                     DoubleUnaryOperator load) {
        Random random = new Random(seed);
        int n = (int) (rateHz * seconds);
        long[] t = new long[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double s = i / rateHz;
            t[i] = Math.round(s * 1e9);
            v[i] = Math.rint(zero + personLoad * load.applyAsDouble(s) + random.nextGaussian() * noise);
        }
        return new Signal(t, v);
    }

    /**
     * Nobody until {@code on}, a person getting on over 0.8 s and holding, off at {@code off}. Like
     * every person, they breathe (3 % of their load at 0.25 Hz) and their heart beats (0.7 % at 1.1 Hz).
     */
    static DoubleUnaryOperator visit(double on, double off) {
        DoubleUnaryOperator still = stillVisit(on, off);
        return s -> still.applyAsDouble(s) * alive(s);
    }

    /** A person's load never holds still: breathing and the heartbeat, as a factor around 1. */
    static double alive(double s) {
        return 1 + 0.03 * Math.sin(2 * Math.PI * 0.25 * s) + 0.007 * Math.sin(2 * Math.PI * 1.1 * s);
    }

    /** {@link #visit} of something that does not breathe: an object put down on the roller. */
    static DoubleUnaryOperator stillVisit(double on, double off) {
        return s -> {
            if (s < on || s >= off + 0.4) {
                return 0;
            }
            if (s < on + 0.8) {
                double x = (s - on) / 0.8;
                return x * x * (3 - 2 * x);
            }
            if (s >= off) {
                double x = (s - off) / 0.4;
                return 1 - x * x * (3 - 2 * x);
            }
            return 1;
        };
    }

    /** {@link #visit} with the load swinging by {@code swing} at {@code hz} between {@code from} and {@code to}. */
    static DoubleUnaryOperator rolling(double on, double off, double from, double to, double hz, double swing) {
        DoubleUnaryOperator visit = visit(on, off);
        return s -> visit.applyAsDouble(s) * (s >= from && s < to ? 1 + swing * Math.sin(2 * Math.PI * hz * (s - from)) : 1);
    }

    /** Plays the whole signal into a roller. */
    RecordingEvents play(Roller roller) {
        RecordingEvents events = new RecordingEvents();
        play(roller, events);
        return events;
    }

    void play(Roller roller, Roller.Events events) {
        for (int i = 0; i < t.length; i++) {
            roller.feed(t[i], value[i], events);
        }
    }
}
