package com.rollkiosk.bench;

import java.util.List;

/**
 * JVM start to the idle screen's first frame ({@code first_frame} in the activity log) of the jar
 * as shipped, started as {@code java -jar target/rollkiosk.jar} and with the README's command
 * (the AppCDS archive {@code mvn package} leaves beside the jar), beside a bare FlatLaf window
 * measured the same way, and with the start command's JIT flag too, so each kiosk figure has a
 * baseline started as it is. Runs interleave, so the machine's noise falls on all alike.
 */
final class ColdStartBench {

    private static final int RUNS = 7;

    private ColdStartBench() {
    }

    static void run() throws Exception {
        double[] plain = new double[RUNS];
        double[] cds = new double[RUNS];
        double[] bare = new double[RUNS];
        double[] bareQuick = new double[RUNS];
        for (int r = 0; r < RUNS; r++) {
            plain[r] = firstFrame(KioskProcess.start(List.of(), "--sensor", "none"));
            cds[r] = firstFrame(KioskProcess.startWithArchive("--sensor", "none"));
            bare[r] = Bench.handed(Bench.fork(BareWindow.class), "first_frame")[0];
            bareQuick[r] = Bench.handed(Bench.fork(BareWindow.class, "-XX:TieredStopAtLevel=1"), "first_frame")[0];
            System.out.printf("run %d: kiosk %.0f ms, with AppCDS %.0f ms, bare window %.0f ms (quick compiler only %.0f ms)%n",
                    r + 1, plain[r], cds[r], bare[r], bareQuick[r]);
        }
        double[] ratio = new double[RUNS];
        double[] cdsRatio = new double[RUNS];
        for (int r = 0; r < RUNS; r++) {
            ratio[r] = plain[r] / bare[r];
            cdsRatio[r] = cds[r] / bareQuick[r];
        }
        // Medians sort their arrays, so the run-by-run ratios are taken first.
        double p = Bench.median(plain);
        double c = Bench.median(cds);
        double b = Bench.median(bare);
        double bq = Bench.median(bareQuick);
        Bench.report("JVM start -> first idle frame", p, "ms",
                String.format("median of %d; %.2fx the bare window run by run; goal <= 500 ms and <= 1.5x", RUNS,
                        Bench.median(ratio)));
        Bench.report("... the README's start command", c, "ms", String.format(
                "AppCDS and the quick compiler; %.2fx the bare window with that compiler, run by run; goal <= 350 ms",
                Bench.median(cdsRatio)));
        Bench.report("bare FlatLaf window (baseline)", b, "ms", "median of " + RUNS);
        Bench.report("... quick compiler only", bq, "ms", "-XX:TieredStopAtLevel=1, as the start command");
        Figures.put("first_frame_ms", p);
        Figures.put("first_frame_cds_ms", c);
        Figures.put("first_frame_baseline_ms", b);
    }

    private static double firstFrame(KioskProcess started) throws Exception {
        try (KioskProcess k = started) {
            return k.awaitFirstFrame();
        }
    }
}
