package com.rollkiosk.bench;

import com.rollkiosk.sensor.LineParser;
import java.nio.charset.StandardCharsets;

/**
 * Rough throughput of {@link LineParser}: how many sample lines a second it frames and parses,
 * against the ~2,300 lines/s a 115200-baud link can carry. Run by {@code .ci/bench}, not part of the test suite.
 */
public final class LineParserBench {

    private LineParserBench() {
    }

    public static void main(String[] args) throws Exception {
        run();
    }

    static void run() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            text.append(i % 2 == 0 ? -(i * 37L) : i * 1000L).append("\r\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.US_ASCII);
        long[] sum = new long[1];
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
                sum[0]--;
            }
        };
        LineParser parser = new LineParser();
        double linesPerSecond = Bench.median(3, 7, () -> {
            long start = System.nanoTime();
            for (int rep = 0; rep < 100; rep++) {
                // 64-byte reads, about what a USB serial read hands over
                for (int off = 0; off < bytes.length; off += 64) {
                    parser.feed(bytes, off, Math.min(64, bytes.length - off), sink);
                }
            }
            return 100 * 10_000 / ((System.nanoTime() - start) / 1e9);
        });
        Bench.report("line parser", linesPerSecond, "lines/s",
                String.format("%,.0fx the 2,300 lines/s of 115200 baud (checksum %d)", linesPerSecond / 2300, sum[0]));
    }
}
