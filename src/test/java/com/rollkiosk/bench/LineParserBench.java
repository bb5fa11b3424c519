package com.rollkiosk.bench;

import com.rollkiosk.sensor.LineParser;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

/**
 * Rough throughput of {@link LineParser}: how many lines a second it frames and parses, in our
 * sketch's bare form and in the labelled and decimal forms other sketches print, against the
 * ~2,300 lines/s a 115200-baud link can carry. Run by {@code .ci/bench}, not part of the test suite.
 */
public final class LineParserBench {

    private static final int LINES = 10_000;

    private LineParserBench() {
    }

    public static void main(String[] args) throws Exception {
        run();
    }

    static void run() throws Exception {
        measure("line parser", 1, i -> Long.toString(i % 2 == 0 ? -(i * 37L) : i * 1000L));
        measure("line parser, label + decimal", 1, i -> "Load_cell output val: " + (i % 2 == 0 ? "-" : "")
                + (i % 5000) + "." + (i % 100 < 10 ? "0" : "") + (i % 100));
        measure("line parser, decimal + unit", 1, i -> (i % 700) + "." + (i % 10) + " kg");
        measure("line parser, 3rd of 3 fields", 3, i -> "t=" + i * 20L + "\traw=" + (i * 37L) + "\tfsr=" + (i % 1024));
    }

    private static void measure(String name, int field, IntFunction<String> form) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < LINES; i++) {
            text.append(form.apply(i)).append("\r\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.US_ASCII);
        double[] sum = new double[1];
        long[] garbage = new long[1];
        LineParser.Sink sink = new LineParser.Sink() {
            @Override
            public void sample(double value) {
                sum[0] += value;
            }

            @Override
            public void info(String line) {
            }

            @Override
            public void garbage() {
                garbage[0]++;
            }
        };
        LineParser parser = new LineParser(field);
        double linesPerSecond = Bench.median(3, 7, () -> {
            long start = System.nanoTime();
            for (int rep = 0; rep < 100; rep++) {
                // 64-byte reads, about what a USB serial read hands over
                for (int off = 0; off < bytes.length; off += 64) {
                    parser.feed(bytes, off, Math.min(64, bytes.length - off), sink);
                }
            }
            return 100 * LINES / ((System.nanoTime() - start) / 1e9);
        });
        Bench.report(name, linesPerSecond, "lines/s", String.format(
                "%,.0fx the 2,300 lines/s of 115200 baud (checksum %.0f, garbage %d)",
                linesPerSecond / 2300, sum[0], garbage[0]));
    }
}
