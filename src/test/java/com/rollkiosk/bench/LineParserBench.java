package com.rollkiosk.bench;

import com.rollkiosk.sensor.LineParser;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Throughput of {@link LineParser}: lines a second in our sketch's bare form and in the labelled,
 * decimal, unit and field forms of stock sketches, beside a bare loop that only sums the digits of
 * the same buffer (the most any parser could do), and bytes allocated per line. Each fork is a
 * fresh JVM; a fork takes the median of its rounds, and the figure is the median of the forks.
 */
public final class LineParserBench {

    private static final int LINES = 10_000;
    private static final int REPS = 100;
    private static final int FORKS = 3;

    private LineParserBench() {
    }

    /** One fork: every form, then the figures handed to the parent. */
    public static void main(String[] args) throws Exception {
        byte[] bare = buffer(i -> Long.toString(i % 2 == 0 ? -(i * 37L) : i * 1000L));
        double baseline = measureBaseline(bare);
        double parser = measure("line parser, bare integers", 1, bare);
        double baseline2 = measureBaseline(bare);
        Bench.hand("parser_lines_per_s", parser);
        Bench.hand("parser_baseline_lines_per_s", (baseline + baseline2) / 2);
        Bench.hand("parser_bytes_alloc_per_line", allocatedPerLine(1, bare));
        measure("line parser, label + decimal", 1, buffer(i -> "Load_cell output val: " + (i % 2 == 0 ? "-" : "")
                + (i % 5000) + "." + (i % 100 < 10 ? "0" : "") + (i % 100)));
        byte[] unit = buffer(i -> (i % 700) + "." + (i % 10) + " kg");
        measure("line parser, decimal + unit", 1, unit);
        Bench.hand("parser_unit_alloc_per_line", allocatedPerLine(1, unit));
        measure("line parser, 3rd of 3 fields", 3, buffer(i -> "t=" + i * 20L + "\traw=" + (i * 37L) + "\tfsr=" + (i % 1024)));
    }

    static void run() throws Exception {
        double[] parser = new double[FORKS];
        double[] baseline = new double[FORKS];
        double[] alloc = new double[FORKS];
        double unitAlloc = 0;
        for (int f = 0; f < FORKS; f++) {
            System.out.println("-- fork " + (f + 1) + " of " + FORKS);
            List<String> lines = Bench.fork(LineParserBench.class, "-Xmx256m");
            parser[f] = Bench.handed(lines, "parser_lines_per_s")[0];
            baseline[f] = Bench.handed(lines, "parser_baseline_lines_per_s")[0];
            alloc[f] = Bench.handed(lines, "parser_bytes_alloc_per_line")[0];
            unitAlloc = Math.max(unitAlloc, Bench.handed(lines, "parser_unit_alloc_per_line")[0]);
        }
        double p = Bench.median(parser);
        double b = Bench.median(baseline);
        double a = Bench.median(alloc);
        Bench.report("line parser (median of forks)", p, "lines/s",
                String.format("%.0f%% of the bare loop; goal >= 50%%", 100 * p / b));
        Bench.report("bare digit-summing loop (baseline)", b, "lines/s", "same buffer, same run");
        Bench.report("line parser allocation", a, "B/line",
                String.format("bare form; decimal + unit form %.2f B/line; goal 0", unitAlloc));
        Figures.put("parser_lines_per_s", p);
        Figures.put("parser_baseline_lines_per_s", b);
        Figures.put("parser_bytes_alloc_per_line", a);
    }

    private static byte[] buffer(IntFunction<String> form) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < LINES; i++) {
            text.append(form.apply(i)).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static final class SumSink implements LineParser.Sink {
        double sum;
        long garbage;

        @Override
        public void sample(double value) {
            sum += value;
        }

        @Override
        public void info(String line) {
        }

        @Override
        public void garbage() {
            garbage++;
        }
    }

    /** 64-byte reads, about what a USB serial read hands over. */
    private static void feedAll(LineParser parser, byte[] bytes, LineParser.Sink sink) {
        for (int off = 0; off < bytes.length; off += 64) {
            parser.feed(bytes, off, Math.min(64, bytes.length - off), sink);
        }
    }

    private static double measure(String name, int field, byte[] bytes) throws Exception {
        SumSink sink = new SumSink();
        LineParser parser = new LineParser(field);
        double linesPerSecond = Bench.median(5, 9, () -> {
            long start = System.nanoTime();
            for (int rep = 0; rep < REPS; rep++) {
                feedAll(parser, bytes, sink);
            }
            return REPS * LINES / ((System.nanoTime() - start) / 1e9);
        });
        Bench.report(name, linesPerSecond, "lines/s", String.format(
                "%,.0fx the 2,300 lines/s of 115200 baud (checksum %.0f, garbage %d)",
                linesPerSecond / 2300, sink.sum, sink.garbage));
        return linesPerSecond;
    }

    /** The least work a parser must do: look at every byte once, sum the digits, count the lines. */
    private static double measureBaseline(byte[] bytes) throws Exception {
        long[] out = new long[2];
        double linesPerSecond = Bench.median(5, 9, () -> {
            long start = System.nanoTime();
            for (int rep = 0; rep < REPS; rep++) {
                long sum = 0;
                long lines = 0;
                for (byte b : bytes) {
                    if (b >= '0' && b <= '9') {
                        sum += b - '0';
                    } else if (b == '\n') {
                        lines++;
                    }
                }
                out[0] += sum;
                out[1] += lines;
            }
            return REPS * LINES / ((System.nanoTime() - start) / 1e9);
        });
        Bench.report("bare digit-summing loop", linesPerSecond, "lines/s", "checksum " + out[0]);
        return linesPerSecond;
    }

    /** Bytes this thread allocates per line once warm, from the JVM's own per-thread counter. */
    private static double allocatedPerLine(int field, byte[] bytes) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId();
        SumSink sink = new SumSink();
        LineParser parser = new LineParser(field);
        for (int rep = 0; rep < 50; rep++) {
            feedAll(parser, bytes, sink);
        }
        long before = threads.getThreadAllocatedBytes(self);
        for (int rep = 0; rep < REPS; rep++) {
            feedAll(parser, bytes, sink);
        }
        long after = threads.getThreadAllocatedBytes(self);
        return (double) (after - before) / (REPS * LINES);
    }
}
