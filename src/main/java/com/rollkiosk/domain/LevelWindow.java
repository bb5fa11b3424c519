package com.rollkiosk.domain;

import java.util.Arrays;

/**
 * The last few seconds of raw readings, kept for robust statistics: 100 ms bins, each with up to
 * {@link #PER_BIN} readings and as many steps between successive readings.
 *
 * <p>Every question is answered with medians, so no single wild value moves an answer, and with
 * one vote per bin, so a burst of readings that arrive together (buffered while the port opened)
 * counts as one moment, not as hundreds. Three answers:
 * <ul>
 *   <li>{@link #level}: the median of the bins' medians, where the reading sits;</li>
 *   <li>{@link #sway}: their median absolute deviation as a standard deviation, how much the level
 *       moves from one tenth of a second to the next: breathing, a heartbeat, a weight shift;</li>
 *   <li>{@link #noise}: the sensor's own noise per reading, from the median step between successive
 *       readings, which a slow movement barely touches.</li>
 * </ul>
 * Questions are asked once a bin closes, so sorting a few hundred numbers ten times a second is all
 * the work; adding a reading is constant work. Nothing allocates after construction. Not thread-safe.
 */
final class LevelWindow {

    static final long BIN_NANOS = 100_000_000L;
    static final int BINS = 64;
    static final int PER_BIN = 16;
    /** A normal distribution's standard deviation over its median absolute deviation. */
    static final double MAD_TO_SD = 1.4826;
    /** The step between two readings with independent noise has √2 times their deviation. */
    static final double STEP_TO_SD = MAD_TO_SD / Math.sqrt(2);
    private static final long NONE = Long.MIN_VALUE;

    private final double[] readings = new double[BINS * PER_BIN];
    private final double[] steps = new double[BINS * PER_BIN];
    private final int[] readingCount = new int[BINS];
    private final int[] stepCount = new int[BINS];
    private final long[] binOfSlot = new long[BINS];
    private final double[] median = new double[BINS];
    private final double[] scratch = new double[BINS * PER_BIN];
    private long openBin = NONE;
    private double previous = Double.NaN;

    LevelWindow() {
        Arrays.fill(binOfSlot, NONE);
    }

    /** @return true when this reading closed the bin before it */
    boolean add(long tNanos, double value) {
        long bin = Math.floorDiv(tNanos, BIN_NANOS);
        boolean closed = false;
        if (openBin == NONE) {
            open(bin);
        } else if (bin != openBin) {
            close(openBin);
            open(bin);
            closed = true;
        }
        int slot = slot(bin);
        if (!Double.isNaN(previous) && stepCount[slot] < PER_BIN) {
            steps[slot * PER_BIN + stepCount[slot]++] = Math.abs(value - previous);
        }
        previous = value;
        if (readingCount[slot] < PER_BIN) {
            readings[slot * PER_BIN + readingCount[slot]++] = value;
        }
        return closed;
    }

    /** The bin a time falls in, for {@code fromBin} arguments. */
    static long binOf(long tNanos) {
        return Math.floorDiv(tNanos, BIN_NANOS);
    }

    /** The bin now filling; the questions below look only at closed bins before it. */
    long openBin() {
        return openBin;
    }

    /** How many closed bins from {@code fromBin} on hold a reading. */
    int bins(long fromBin) {
        return gatherMedians(fromBin);
    }

    /** How many readings those bins hold, at most {@link #PER_BIN} each. */
    int readings(long fromBin) {
        int n = 0;
        for (int slot = 0; slot < BINS; slot++) {
            if (counts(slot, fromBin)) {
                n += readingCount[slot];
            }
        }
        return n;
    }

    double level(long fromBin) {
        int n = gatherMedians(fromBin);
        return n == 0 ? Double.NaN : medianOf(scratch, n);
    }

    double sway(long fromBin) {
        int n = gatherMedians(fromBin);
        if (n < 2) {
            return 0;
        }
        double centre = medianOf(scratch, n);
        for (int i = 0; i < n; i++) {
            scratch[i] = Math.abs(scratch[i] - centre);
        }
        return MAD_TO_SD * medianOf(scratch, n);
    }

    double noise(long fromBin) {
        int n = 0;
        for (int slot = 0; slot < BINS; slot++) {
            if (counts(slot, fromBin)) {
                System.arraycopy(steps, slot * PER_BIN, scratch, n, stepCount[slot]);
                n += stepCount[slot];
            }
        }
        return n == 0 ? 0 : STEP_TO_SD * medianOf(scratch, n);
    }

    void reset() {
        Arrays.fill(binOfSlot, NONE);
        Arrays.fill(readingCount, 0);
        Arrays.fill(stepCount, 0);
        openBin = NONE;
        previous = Double.NaN;
    }

    private void open(long bin) {
        int slot = slot(bin);
        binOfSlot[slot] = bin;
        readingCount[slot] = 0;
        stepCount[slot] = 0;
        openBin = bin;
    }

    private void close(long bin) {
        int slot = slot(bin);
        int n = readingCount[slot];
        System.arraycopy(readings, slot * PER_BIN, scratch, 0, n);
        median[slot] = medianOf(scratch, n);
    }

    private boolean counts(int slot, long fromBin) {
        long bin = binOfSlot[slot];
        return bin != NONE && bin != openBin && bin >= fromBin && bin > openBin - BINS && readingCount[slot] > 0;
    }

    private int gatherMedians(long fromBin) {
        int n = 0;
        for (int slot = 0; slot < BINS; slot++) {
            if (counts(slot, fromBin)) {
                scratch[n++] = median[slot];
            }
        }
        return n;
    }

    /** Sorts the first {@code n} numbers in place; the middle one, or the mean of the middle two. */
    private static double medianOf(double[] values, int n) {
        Arrays.sort(values, 0, n);
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private static int slot(long bin) {
        return (int) Math.floorMod(bin, (long) BINS);
    }
}
