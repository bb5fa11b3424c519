package com.rollkiosk.bench;

import java.util.Arrays;
import java.util.Locale;

/** Small helpers the benchmarks share: repeat a measurement and print one figure per line. */
final class Bench {

    private Bench() {
    }

    interface Measurement {
        double once() throws Exception;
    }

    /** The median of {@code rounds} measurements after {@code warmup} discarded ones. */
    static double median(int warmup, int rounds, Measurement m) throws Exception {
        for (int i = 0; i < warmup; i++) {
            m.once();
        }
        double[] values = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            values[i] = m.once();
        }
        Arrays.sort(values);
        return values[rounds / 2];
    }

    static void report(String name, double value, String unit, String note) {
        System.out.println(String.format(Locale.ROOT, "%-34s %,16.1f %-10s %s", name, value, unit, note));
    }
}
