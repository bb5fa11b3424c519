package com.rollkiosk.bench;

import com.rollkiosk.sensor.LineParser;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Throughput of {@link LineParser}, form by form, each beside a bare loop that only sums the digits
 * of the same buffer (the most any parser could do), measured just before and just after it; and
 * bytes allocated per line. The headline form is what our sketch sends by default: an FSR's
 * {@code analogRead}, 0 to 1023, one a line with CRLF. Then its HX711 build's signed 24-bit counts,
 * and the labelled, decimal, unit and field forms of stock sketches. Each fork is a fresh JVM; a
 * fork takes the median of its rounds, and each figure is the median of the forks.
 */
public final class LineParserBench {

    private static final int LINES = 10_000;
    private static final int REPS = 100;
    private static final int FORKS = 3;

    /** A form of line: its name, which field is the reading, and the i-th line's text. */
    private record Form(String name, int field, IntFunction<String> line) {
    }

    private static final List<Form> FORMS = List.of(
            // Spread rather than counted up, so the digit count does not follow a pattern a branch predictor learns.
            new Form("bare integers, FSR 0..1023", 1, i -> Integer.toString(i * 613 % 1024)),
            new Form("bare integers, HX711 counts", 1, i -> Long.toString(i * 2_654_435_761L % 16_777_216 - 8_388_608)),
            new Form("label + decimal", 1, i -> "Load_cell output val: " + (i % 2 == 0 ? "-" : "")
                    + (i % 5000) + "." + (i % 100 < 10 ? "0" : "") + (i % 100)),
            new Form("decimal + unit", 1, i -> (i % 700) + "." + (i % 10) + " kg"),
            new Form("3rd of 3 fields", 3, i -> "t=" + i * 20L + "\traw=" + (i * 37L) + "\tfsr=" + (i % 1024)));

    private LineParserBench() {
    }

    /** One fork: every form, the headline form first so that its figures see the JIT's profile of it alone. */
    public static void main(String[] args) throws Exception {
        for (int f = 0; f < FORMS.size(); f++) {
            Form form = FORMS.get(f);
            byte[] bytes = buffer(form.line());
            double before = measureBaseline(bytes);
            double parser = measure("line parser, " + form.name(), form.field(), bytes);
            double after = measureBaseline(bytes);
            Bench.hand("parser_" + f, parser);
            Bench.hand("baseline_" + f, (before + after) / 2);
            Bench.hand("alloc_" + f, allocatedPerLine(form.field(), bytes));
        }
    }

    static void run() throws Exception {
        double[][] parser = new double[FORMS.size()][FORKS];
        double[][] baseline = new double[FORMS.size()][FORKS];
        double alloc = 0;
        for (int k = 0; k < FORKS; k++) {
            System.out.println("-- fork " + (k + 1) + " of " + FORKS);
            List<String> lines = Bench.fork(LineParserBench.class, "-Xmx256m");
            for (int f = 0; f < FORMS.size(); f++) {
                parser[f][k] = Bench.handed(lines, "parser_" + f)[0];
                baseline[f][k] = Bench.handed(lines, "baseline_" + f)[0];
                alloc = Math.max(alloc, Bench.handed(lines, "alloc_" + f)[0]);
            }
        }
        for (int f = 0; f < FORMS.size(); f++) {
            double p = Bench.median(parser[f]);
            double b = Bench.median(baseline[f]);
            Bench.report("parser, " + FORMS.get(f).name(), p, "lines/s", String.format(
                    "%.0f%% of the bare loop's %,.0f lines/s%s", 100 * p / b, b, f == 0 ? "; goal >= 50%" : ""));
            if (f == 0) {
                Figures.put("parser_lines_per_s", p);
                Figures.put("parser_baseline_lines_per_s", b);
            }
        }
        Bench.report("line parser allocation", alloc, "B/line", "the most of any form once warm; goal 0");
        Figures.put("parser_bytes_alloc_per_line", alloc);
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
