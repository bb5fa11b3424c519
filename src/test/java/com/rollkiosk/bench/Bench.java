package com.rollkiosk.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
        return median(values);
    }

    static double median(double[] values) {
        return percentile(values, 50);
    }

    /** The nearest-rank percentile; {@code values} is sorted in place. */
    static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(values);
        int rank = (int) Math.ceil(p / 100 * values.length);
        return values[Math.max(0, Math.min(values.length - 1, rank - 1))];
    }

    static void report(String name, double value, String unit, String note) {
        String format = Math.abs(value) < 10 ? "%-34s %,16.3f %-10s %s" : "%-34s %,16.1f %-10s %s";
        System.out.println(String.format(Locale.ROOT, format, name, value, unit, note));
    }

    /** A heading before a group of figures. */
    static void section(String title) {
        System.out.println();
        System.out.println("== " + title);
    }

    /**
     * Runs {@code main} in a fresh JVM on this JVM's class path (so class loading, JIT and heap of
     * earlier benchmarks do not leak into it), echoes its output, and returns its lines.
     */
    static List<String> fork(Class<?> main, String... jvmOptions) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(List.of(jvmOptions));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                lines.add(line);
                if (!line.startsWith(FIGURE)) {
                    System.out.println(line);
                }
            }
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException(main.getSimpleName() + " exited " + p.exitValue());
        }
        return lines;
    }

    /** How a forked benchmark hands a figure to its parent: one line, {@code FIGURE key value}. */
    static final String FIGURE = "FIGURE ";

    static void hand(String key, double value) {
        System.out.println(FIGURE + key + " " + value);
    }

    /** The values a forked benchmark handed on for {@code key}, one per {@link #hand} call. */
    static double[] handed(List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith(FIGURE + key + " "))
                .mapToDouble(l -> Double.parseDouble(l.substring(FIGURE.length() + key.length() + 1))).toArray();
    }

    /** The java launcher this JVM runs on. */
    static String java() {
        return java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
