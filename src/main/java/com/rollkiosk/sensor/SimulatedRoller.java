package com.rollkiosk.sensor;

import com.rollkiosk.config.SensorSettings;

/**
 * A person on a roller, as a pure function of time: {@link #value} at any instant follows the
 * actions so far. Pressure ramps up as they get on, dips briefly when they shift weight, swings
 * while they roll back and forth, and ramps down as they get off. Like anyone lying on a roller,
 * they are never quite still: breathing and the heartbeat move their load by a few per cent, which
 * is how the roller tells a person from an object left on it. Noise is a hash of the
 * millisecond, so the same script always gives the same readings. Thread-safe.
 */
public final class SimulatedRoller {

    private static final long MS = 1_000_000L;
    private static final long GET_ON_MS = 800;
    private static final long GET_OFF_MS = 400;
    private static final long DIP_MS = 350;
    private static final double DIP_DEPTH = 0.99;
    private static final double ROLL_SWING = 0.25;
    private static final double ROLL_HZ = 0.6;
    private static final double BREATH_DEPTH = 0.03;
    private static final double BREATH_HZ = 0.25;
    private static final double HEARTBEAT_DEPTH = 0.007;
    private static final double HEARTBEAT_HZ = 1.1;

    private final long baseline;
    private final long loadedRise;
    private final long noise;
    private final long seed;
    private double rampFrom;
    private double rampTo;
    private long rampStart;
    private long rampNanos = 1;
    private long dipStart = Long.MIN_VALUE / 2;
    private long rollStart = Long.MIN_VALUE / 2;
    private long rollEnd = Long.MIN_VALUE / 2;

    public SimulatedRoller(long baseline, long loadedRise, long noise, long seed) {
        this.baseline = baseline;
        this.loadedRise = loadedRise;
        this.noise = noise;
        this.seed = seed;
    }

    /**
     * An FSR-like roller (empty near 40, a person adds 600, a few counts of noise), or one that the
     * config's own levels, where set, see clearly: a person three times heavier than the on threshold.
     */
    public static SimulatedRoller forSettings(SensorSettings s, long seed) {
        long baseline = s.baseline() == null ? 40 : Math.round(s.baseline());
        if (s.onThreshold() == null) {
            return new SimulatedRoller(baseline, 600, 3, seed);
        }
        long on = Math.round(s.onThreshold());
        return new SimulatedRoller(baseline, Math.max(3 * on, on + 300), Math.max(2, on / 25), seed);
    }

    public synchronized void getOn(long tNanos) {
        rampTowards(tNanos, 1.0, GET_ON_MS);
    }

    public synchronized void getOff(long tNanos) {
        rampTowards(tNanos, 0.0, GET_OFF_MS);
    }

    /** A dip of about a third of a second, shorter than any sensible off debounce. */
    public synchronized void shiftWeight(long tNanos) {
        dipStart = tNanos;
    }

    public synchronized void rollBackAndForth(long tNanos, long durationMs) {
        rollStart = tNanos;
        rollEnd = tNanos + durationMs * MS;
    }

    public synchronized long value(long tNanos) {
        double load = load(tNanos);
        long sinceDip = tNanos - dipStart;
        if (sinceDip >= 0 && sinceDip < DIP_MS * MS) {
            load *= 1 - DIP_DEPTH * Math.sin(Math.PI * sinceDip / (DIP_MS * MS));
        }
        if (tNanos >= rollStart && tNanos < rollEnd) {
            load *= 1 + ROLL_SWING * Math.sin(2 * Math.PI * ROLL_HZ * (tNanos - rollStart) / 1e9);
        }
        double seconds = tNanos / 1e9;
        load *= 1 + BREATH_DEPTH * Math.sin(2 * Math.PI * BREATH_HZ * seconds)
                + HEARTBEAT_DEPTH * Math.sin(2 * Math.PI * HEARTBEAT_HZ * seconds);
        return baseline + Math.round(load * loadedRise) + noise(tNanos / MS);
    }

    private void rampTowards(long tNanos, double target, long ms) {
        rampFrom = load(tNanos);
        rampTo = target;
        rampStart = tNanos;
        rampNanos = ms * MS;
    }

    private double load(long tNanos) {
        double x = Math.min(1.0, Math.max(0.0, (tNanos - rampStart) / (double) rampNanos));
        double eased = x * x * (3 - 2 * x);
        return rampFrom + (rampTo - rampFrom) * eased;
    }

    private long noise(long ms) {
        long h = (ms + seed) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 29;
        return Math.floorMod(h, 2 * noise + 1) - noise;
    }
}
