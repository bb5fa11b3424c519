package com.rollkiosk.domain;

import java.util.Arrays;

/**
 * One calibration as staff go through it, fed the sensor's readings: the empty roller measured
 * for a span of sensor time, then, once someone has got on, the loaded roller; then
 * {@link Calibration#calibrate}. The console's {@code calibrate} and staff mode's wizard both run
 * this, so they measure the same way.
 *
 * <p>The loaded measurement starts once the reading has left the empty roller's band and had a
 * second to settle, so getting onto the roller is never measured as the load. Time comes from the
 * readings. Not thread-safe: one feeder.
 */
public final class CalibrationRun {

    public enum Phase {
        /** Nothing measured yet; {@link #measureEmpty()} starts. */
        READY,
        MEASURING_EMPTY,
        /** The empty roller is measured; {@link #measureLoaded()} goes on. */
        EMPTY_MEASURED,
        /** Waiting for the reading to leave the empty roller's band. */
        WAITING_FOR_LOAD,
        /** Someone got on: a moment to settle before measuring. */
        SETTLING,
        MEASURING_LOADED,
        /** {@link #result()} is ready. */
        DONE
    }

    static final long SETTLE_NANOS = 1_000_000_000L;

    private final long emptyNanos;
    private final long loadedNanos;
    private final long getOnNanos;
    private Phase phase = Phase.READY;
    private double[] empty = new double[0];
    private double[] values = new double[64];
    private int count;
    private long first;
    private long lastT;
    private long waitSince;
    private long settleUntil;
    private double level;
    private double band;
    private CalibrationResult result;

    /**
     * @param emptyNanos  how long to measure the empty roller, in sensor time
     * @param loadedNanos how long to measure the loaded roller
     * @param getOnNanos  how long to wait for someone to get on before measuring whatever is there
     */
    public CalibrationRun(long emptyNanos, long loadedNanos, long getOnNanos) {
        if (emptyNanos <= 0 || loadedNanos <= 0 || getOnNanos <= 0) {
            throw new IllegalArgumentException("measuring and waiting times must be positive");
        }
        this.emptyNanos = emptyNanos;
        this.loadedNanos = loadedNanos;
        this.getOnNanos = getOnNanos;
    }

    public Phase phase() {
        return phase;
    }

    public void measureEmpty() {
        requirePhase(Phase.READY);
        startMeasuring(Phase.MEASURING_EMPTY);
    }

    public void measureLoaded() {
        requirePhase(Phase.EMPTY_MEASURED);
        double[] sorted = empty.clone();
        Arrays.sort(sorted);
        level = sorted.length == 0 ? 0 : sorted[sorted.length / 2];
        double widest = sorted.length == 0 ? 0
                : Math.max(Math.abs(sorted[0] - level), Math.abs(sorted[sorted.length - 1] - level));
        band = Math.max(2 * widest, 1e-9);
        waitSince = Long.MIN_VALUE;
        phase = Phase.WAITING_FOR_LOAD;
    }

    public void feed(long tNanos, double value) {
        lastT = tNanos;
        switch (phase) {
            case MEASURING_EMPTY -> {
                if (record(tNanos, value, emptyNanos)) {
                    empty = taken();
                    phase = Phase.EMPTY_MEASURED;
                }
            }
            case WAITING_FOR_LOAD -> {
                if (waitSince == Long.MIN_VALUE) {
                    waitSince = tNanos;
                }
                if (Math.abs(value - level) > band) {
                    settleUntil = tNanos + SETTLE_NANOS;
                    phase = Phase.SETTLING;
                } else if (tNanos - waitSince >= getOnNanos) {
                    startMeasuring(Phase.MEASURING_LOADED);
                    feed(tNanos, value);
                }
            }
            case SETTLING -> {
                if (tNanos >= settleUntil) {
                    startMeasuring(Phase.MEASURING_LOADED);
                    feed(tNanos, value);
                }
            }
            case MEASURING_LOADED -> {
                if (record(tNanos, value, loadedNanos)) {
                    finish();
                }
            }
            default -> {
                // between steps and after the end, readings are not measured
            }
        }
    }

    /**
     * The readings stopped (the source ended or fell silent): the step under way ends with what it
     * has, and the calibration with it once someone was to be measured.
     */
    public void readingsStopped() {
        switch (phase) {
            case MEASURING_EMPTY -> {
                empty = taken();
                phase = Phase.EMPTY_MEASURED;
            }
            case WAITING_FOR_LOAD, SETTLING -> {
                startMeasuring(Phase.MEASURING_LOADED);
                finish();
            }
            case MEASURING_LOADED -> finish();
            default -> {
            }
        }
    }

    /** Readings of the empty roller taken so far, or all of them once measured. */
    public int emptyCount() {
        return phase == Phase.MEASURING_EMPTY ? count : empty.length;
    }

    /** How far the measurement under way is, from 0 to 1, in sensor time; 0 when none is. */
    public double progress() {
        if (phase != Phase.MEASURING_EMPTY && phase != Phase.MEASURING_LOADED || count == 0) {
            return 0;
        }
        long span = phase == Phase.MEASURING_EMPTY ? emptyNanos : loadedNanos;
        return Math.max(0, Math.min(1, (lastT - first) / (double) span));
    }

    /** What the two measurements give; only once {@link Phase#DONE}. */
    public CalibrationResult result() {
        requirePhase(Phase.DONE);
        return result;
    }

    private void finish() {
        result = Calibration.calibrate(empty, taken());
        phase = Phase.DONE;
    }

    private void startMeasuring(Phase next) {
        phase = next;
        count = 0;
    }

    /** Adds a reading; true when it falls past the span, which ends the measurement without it. */
    private boolean record(long tNanos, double value, long span) {
        if (count == 0) {
            first = tNanos;
        } else if (tNanos - first >= span) {
            return true;
        }
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = value;
        return false;
    }

    private double[] taken() {
        return Arrays.copyOf(values, count);
    }

    private void requirePhase(Phase expected) {
        if (phase != expected) {
            throw new IllegalStateException("calibration is " + phase + ", not " + expected);
        }
    }
}
