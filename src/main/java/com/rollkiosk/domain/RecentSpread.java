package com.rollkiosk.domain;

/**
 * Mean and standard deviation of the raw readings over about the last second, in ten 100 ms bins
 * of running sums, so asking costs ten additions whatever the sample rate. Not thread-safe.
 */
final class RecentSpread {

    static final long BIN_NANOS = 100_000_000L;
    static final int BINS = 10;

    private final long[] counts = new long[BINS];
    private final double[] sums = new double[BINS];
    private final double[] squares = new double[BINS];
    private long openBin = Long.MIN_VALUE;
    private int closedBins;
    /** Readings are centred on the first one seen so that sums of squares of large offsets stay exact. */
    private double centre = Double.NaN;

    /** @return true when this sample closed a bin */
    boolean add(long tNanos, double value) {
        if (Double.isNaN(centre)) {
            centre = value;
        }
        long bin = Math.floorDiv(tNanos, BIN_NANOS);
        boolean closed = false;
        if (openBin == Long.MIN_VALUE) {
            openBin = bin;
        } else if (bin != openBin) {
            long gap = Math.min(bin - openBin, BINS);
            for (long b = 1; b <= gap; b++) {
                int slot = slot(openBin + b);
                counts[slot] = 0;
                sums[slot] = 0;
                squares[slot] = 0;
            }
            closedBins = (int) Math.min(BINS, closedBins + (bin - openBin));
            openBin = bin;
            closed = true;
        }
        int slot = slot(bin);
        double d = value - centre;
        counts[slot]++;
        sums[slot] += d;
        squares[slot] += d * d;
        return closed;
    }

    /** True once a whole second of bins lies behind the open one. */
    boolean full() {
        return closedBins >= BINS - 1;
    }

    long count() {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        return n;
    }

    double mean() {
        double sum = 0;
        for (double s : sums) {
            sum += s;
        }
        return centre + sum / Math.max(1, count());
    }

    double standardDeviation() {
        long n = count();
        if (n < 2) {
            return 0;
        }
        double sum = 0;
        double sq = 0;
        for (int i = 0; i < BINS; i++) {
            sum += sums[i];
            sq += squares[i];
        }
        double mean = sum / n;
        return Math.sqrt(Math.max(0, sq / n - mean * mean));
    }

    void reset() {
        java.util.Arrays.fill(counts, 0);
        java.util.Arrays.fill(sums, 0);
        java.util.Arrays.fill(squares, 0);
        openBin = Long.MIN_VALUE;
        closedBins = 0;
        centre = Double.NaN;
    }

    private static int slot(long bin) {
        return (int) Math.floorMod(bin, (long) BINS);
    }
}
