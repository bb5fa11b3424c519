package com.rollkiosk.sensor;

/**
 * The last readings at screen rate, for the diagnostics plot: a fixed ring, written by the
 * source's thread about 25 times a second and copied out by the screen twice a second, so a lock
 * costs nothing worth measuring.
 */
public final class RecentValues {

    /** A copy, oldest first, times on the source's clock. */
    public record Snapshot(long[] tNanos, double[] values) {
    }

    private final long[] times;
    private final double[] values;
    private int next;
    private int size;

    RecentValues(int capacity) {
        times = new long[capacity];
        values = new double[capacity];
    }

    synchronized void add(long tNanos, double value) {
        times[next] = tNanos;
        values[next] = value;
        next = (next + 1) % times.length;
        size = Math.min(size + 1, times.length);
    }

    synchronized void clear() {
        size = 0;
        next = 0;
    }

    /** The readings no older than {@code spanNanos} before the newest. */
    synchronized Snapshot last(long spanNanos) {
        int start = (next - size + times.length) % times.length;
        long newest = size == 0 ? 0 : times[(next - 1 + times.length) % times.length];
        int skip = 0;
        while (skip < size && newest - times[(start + skip) % times.length] > spanNanos) {
            skip++;
        }
        int n = size - skip;
        long[] t = new long[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            int at = (start + skip + i) % times.length;
            t[i] = times[at];
            v[i] = values[at];
        }
        return new Snapshot(t, v);
    }
}
