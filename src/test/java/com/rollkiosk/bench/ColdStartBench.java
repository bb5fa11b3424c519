package com.rollkiosk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * JVM start to the idle screen's first frame ({@code first_frame} in the activity log) of the jar
 * as shipped, with and without an AppCDS archive of the kiosk's classes, beside a bare FlatLaf
 * window measured the same way. Runs interleave, so the machine's noise falls on all three alike.
 */
final class ColdStartBench {

    /** Where the bench leaves the archive; the README's start command names it beside the jar. */
    static final Path ARCHIVE = Path.of("target", "rollkiosk.jsa");
    private static final int RUNS = 7;

    private ColdStartBench() {
    }

    static void run() throws Exception {
        makeArchive();
        double[] plain = new double[RUNS];
        double[] cds = new double[RUNS];
        double[] bare = new double[RUNS];
        for (int r = 0; r < RUNS; r++) {
            plain[r] = kiosk(List.of());
            cds[r] = kiosk(List.of("-XX:SharedArchiveFile=" + ARCHIVE, "-Xshare:auto"));
            bare[r] = Bench.handed(Bench.fork(BareWindow.class), "first_frame")[0];
            System.out.printf("run %d: kiosk %.0f ms, with AppCDS %.0f ms, bare window %.0f ms%n",
                    r + 1, plain[r], cds[r], bare[r]);
        }
        double[] ratio = new double[RUNS];
        double[] cdsRatio = new double[RUNS];
        for (int r = 0; r < RUNS; r++) {
            ratio[r] = plain[r] / bare[r];
            cdsRatio[r] = cds[r] / bare[r];
        }
        // Medians sort their arrays, so the run-by-run ratios are taken first.
        double p = Bench.median(plain);
        double c = Bench.median(cds);
        double b = Bench.median(bare);
        Bench.report("JVM start -> first idle frame", p, "ms",
                String.format("median of %d; %.2fx the bare window run by run; goal <= 500 ms and <= 1.5x", RUNS,
                        Bench.median(ratio)));
        Bench.report("... with AppCDS", c, "ms", String.format("%.2fx the bare window run by run; goal <= 350 ms", Bench.median(cdsRatio)));
        Bench.report("bare FlatLaf window (baseline)", b, "ms", "median of " + RUNS);
        Figures.put("first_frame_ms", p);
        Figures.put("first_frame_cds_ms", c);
        Figures.put("first_frame_baseline_ms", b);
    }

    /** One training run: the kiosk up, its idle screen shown a while, then stopped; the JVM writes the archive on exit. */
    private static void makeArchive() throws Exception {
        Files.deleteIfExists(ARCHIVE);
        try (KioskProcess k = KioskProcess.start(List.of("-XX:ArchiveClassesAtExit=" + ARCHIVE), "--sensor", "none")) {
            k.awaitFirstFrame();
            // The attract cycle's first card change and fade load a few more classes.
            Thread.sleep(10_000);
        }
        if (!Files.isRegularFile(ARCHIVE)) {
            throw new IllegalStateException("no AppCDS archive was written at " + ARCHIVE);
        }
        System.out.printf("AppCDS archive %s: %.1f MB%n", ARCHIVE, Files.size(ARCHIVE) / 1e6);
    }

    private static double kiosk(List<String> jvmOptions) throws Exception {
        try (KioskProcess k = KioskProcess.start(jvmOptions, "--sensor", "none")) {
            return k.awaitFirstFrame();
        }
    }
}
