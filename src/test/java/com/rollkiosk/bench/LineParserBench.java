package com.rollkiosk.bench;

import com.rollkiosk.sensor.LineParser;
import java.nio.charset.StandardCharsets;

/**
 * Rough throughput of {@link LineParser}: how many sample lines a second it frames and parses,
 * against the ~2,300 lines/s a 115200-baud link can carry. Run by hand, not part of the suite:
 * {@code java -cp target/classes:target/test-classes com.rollkiosk.bench.LineParserBench}
 */
public final class LineParserBench {

    private LineParserBench() {
    }

    public static void main(String[] args) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            text.append(i % 2 == 0 ? -(i * 37L) : i * 1000L).append("\r\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.US_ASCII);
        long[] sum = new long[1];
        LineParser.Sink sink = new LineParser.Sink() {
            @Override
            public void sample(long value) {
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
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            int lines = 0;
            for (int rep = 0; rep < 100; rep++) {
                for (int off = 0; off < bytes.length; off += 64) {
                    parser.feed(bytes, off, Math.min(64, bytes.length - off), sink);
                }
                lines += 10_000;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%,.0f lines/s (checksum %d)%n", lines / seconds, sum[0]);
        }
    }
}
