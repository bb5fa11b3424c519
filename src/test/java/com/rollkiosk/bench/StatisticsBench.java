package com.rollkiosk.bench;

import com.rollkiosk.app.LogHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Staff statistics over the logs a kiosk gathers: 1 day, 30 days, and the most it keeps (30 rotated
 * files of 8 MB and a nearly full live one), written by the kiosk's own log writer. {@code stats}
 * is timed as staff run it, a fresh {@code java -jar}, whole process; opening Statistics as the
 * kiosk does after a start (a fresh JVM with the start command's quick compiler), and again in the
 * same JVM. Each first without summaries (as after the upgrade), then with them.
 */
final class StatisticsBench {

    private static final Path JAR = Path.of("target/rollkiosk.jar");

    private StatisticsBench() {
    }

    static void run() throws Exception {
        Path root = Files.createTempDirectory("rollkiosk-stats-bench");
        try {
            size(root.resolve("day"), "1 day", 1, false);
            size(root.resolve("month"), "30 days", 30, false);
            size(root.resolve("full"), "31 files", 0, true);
        } finally {
            try (Stream<Path> all = Files.walk(root)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void size(Path data, String name, int days, boolean full) throws Exception {
        Instant now = Instant.now();
        long start = System.nanoTime();
        LogHistory.write(data, full ? fullDays(data.resolveSibling("probe"), now) : days, now);
        List<Path> logs = logs(data);
        long bytes = 0;
        for (Path p : logs) {
            bytes += Files.size(p);
        }
        System.out.printf("%s: %d files, %.1f MB, written in %.0f s%n", name, logs.size(), bytes / 1e6,
                (System.nanoTime() - start) / 1e9);
        String from = LocalDate.now().minusDays(29).toString();

        LogHistory.forgetSummaries(data);
        Bench.report("stats --from, " + name + ", no summaries", stats(data, "--from", from), "ms", "java -jar, whole process");
        double stats = Bench.median(0, 3, () -> stats(data, "--from", from));
        Bench.report("stats --from (30 days), " + name, stats, "ms", "java -jar, whole process, median of 3");
        Bench.report("stats (all), " + name, Bench.median(0, 3, () -> stats(data)), "ms", "median of 3");

        LogHistory.forgetSummaries(data);
        double[] cold = open(data);
        Bench.report("statistics open, " + name + ", no summaries", cold[0], "ms", "first open after start, quick compiler");
        double[] first = new double[3];
        double[] again = new double[3];
        for (int i = 0; i < 3; i++) {
            double[] t = open(data);
            first[i] = t[0];
            again[i] = t[1];
        }
        double open = Bench.median(first);
        Bench.report("statistics open, " + name, open, "ms", "first open after start, median of 3");
        Bench.report("statistics open again, " + name, Bench.median(again), "ms", "the next visit, median of 3");
        if (full) {
            Figures.put("stats_full_ms", stats);
            Figures.put("statistics_open_full_ms", open);
        }
    }

    /** Enough days that the folder holds 30 rotated files and a live one of more than 7 MB. */
    private static int fullDays(Path probe, Instant now) throws Exception {
        LogHistory.write(probe, 2, now);
        double perDay = Files.size(probe.resolve("activity.jsonl")) / 2.0;
        return (int) Math.ceil((30 * (8 << 20) + 7.5 * (1 << 20)) / perDay);
    }

    private static List<Path> logs(Path data) throws Exception {
        List<Path> logs = new ArrayList<>();
        try (Stream<Path> files = Files.list(data)) {
            files.filter(f -> f.toString().endsWith(".jsonl")).forEach(logs::add);
        }
        return logs;
    }

    /** One {@code stats} run as staff start it; its wall time in ms. */
    private static double stats(Path data, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Bench.java(), "-jar", JAR.toString(), "stats", "--data", data.toString()));
        command.addAll(List.of(args));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("stats exited " + p.exitValue());
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /** The first and the second open of Statistics in a fresh JVM started as the kiosk is. */
    private static double[] open(Path data) throws Exception {
        List<String> lines = Bench.fork(LogHistory.class, "-XX:TieredStopAtLevel=1", "-Dlogs=" + data);
        return new double[] {Bench.handed(lines, "statistics_open_ms")[0], Bench.handed(lines, "statistics_again_ms")[0]};
    }
}
