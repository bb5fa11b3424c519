package com.rollkiosk.bench;

import com.rollkiosk.app.HoldOnScreenKiosk;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The CPU the kiosk's process uses (user + system time from /proc), as a share of one core: on
 * the idle screen with no sensor, on the idle screen with the simulated roller streaming at 50 Hz,
 * and with a 90-second hold counting down on screen. The three kiosks run side by side, each
 * measured over the same window after a settling time; meanwhile this JVM times real-clock holds,
 * which leaves it idle nearly all the time.
 */
final class CpuBench {

    static final int WINDOW_SECONDS = 60;
    private static final int SETTLE_SECONDS = 5;

    private CpuBench() {
    }

    static void run() throws Exception {
        CompletableFuture<double[]> holds = HoldTimerBench.startRealClock();
        try (KioskProcess idle = KioskProcess.start(List.of(), "--sensor", "none");
             KioskProcess sim = KioskProcess.start(List.of(), "--sensor", "sim");
             KioskProcess hold = KioskProcess.startMain(HoldOnScreenKiosk.class, "--sensor", "none")) {
            idle.awaitFirstFrame();
            sim.awaitFirstFrame();
            hold.awaitEvent("hold_start");
            Thread.sleep(SETTLE_SECONDS * 1000L);
            KioskProcess[] all = {idle, sim, hold};
            double[] before = new double[3];
            for (int i = 0; i < 3; i++) {
                before[i] = all[i].cpuSeconds();
            }
            long start = System.nanoTime();
            Thread.sleep(WINDOW_SECONDS * 1000L);
            double seconds = (System.nanoTime() - start) / 1e9;
            double[] pct = new double[3];
            for (int i = 0; i < 3; i++) {
                pct[i] = 100 * (all[i].cpuSeconds() - before[i]) / seconds;
            }
            Bench.report("CPU, idle screen, no sensor", pct[0], "% core",
                    String.format("over %.0f s; RSS %.0f MB; goal <= 2 %%", seconds, idle.rssMb()));
            Bench.report("CPU, idle screen, sensor at 50 Hz", pct[1], "% core",
                    String.format("simulated roller; RSS %.0f MB; goal <= 2 %%", sim.rssMb()));
            Bench.report("CPU, hold on screen", pct[2], "% core",
                    String.format("a 90 s hold counting down; RSS %.0f MB", hold.rssMb()));
            Figures.put("idle_cpu_pct", Math.max(pct[0], pct[1]));
            Figures.put("hold_cpu_pct", pct[2]);
        } finally {
            HoldTimerBench.reportRealClock(holds.get());
        }
    }
}
