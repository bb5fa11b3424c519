package com.rollkiosk.bench;

import com.rollkiosk.app.HoldOnScreenKiosk;
import java.util.concurrent.CompletableFuture;

/**
 * The CPU the kiosk's process uses (user + system time from /proc), as a share of one core: on
 * the idle screen with no sensor, on the idle screen with the simulated roller streaming at 50 Hz,
 * and with a 90-second hold counting down on screen. The idle kiosk runs with the README's start
 * command (class archive, quick compiler), as staff start it. One kiosk at a time, each measured over a
 * window after a settling time; meanwhile this JVM times real-clock holds, which leaves it idle
 * nearly all the time.
 */
final class CpuBench {

    static final int WINDOW_SECONDS = 60;
    private static final int SETTLE_SECONDS = 5;

    private CpuBench() {
    }

    interface Ready {
        void await(KioskProcess kiosk) throws Exception;
    }

    static void run() throws Exception {
        CompletableFuture<double[]> holds = HoldTimerBench.startRealClock();
        try {
            double idle = measure("CPU, idle screen, no sensor", "goal <= 2 %",
                    KioskProcess.startWithArchive("--sensor", "none"), KioskProcess::awaitFirstFrame);
            double sim = measure("CPU, idle screen, sensor at 50 Hz", "the simulated roller; goal <= 2 %",
                    KioskProcess.startWithArchive("--sensor", "sim"), KioskProcess::awaitFirstFrame);
            double hold = measure("CPU, hold on screen", "a 90 s hold counting down",
                    KioskProcess.startMain(HoldOnScreenKiosk.class, "--sensor", "none"), k -> k.awaitEvent("hold_start"));
            Figures.put("idle_cpu_pct", Math.max(idle, sim));
            Figures.put("hold_cpu_pct", hold);
        } finally {
            HoldTimerBench.reportRealClock(holds.get());
        }
    }

    private static double measure(String name, String note, KioskProcess started, Ready ready) throws Exception {
        try (KioskProcess kiosk = started) {
            ready.await(kiosk);
            Thread.sleep(SETTLE_SECONDS * 1000L);
            double before = kiosk.cpuSeconds();
            long start = System.nanoTime();
            Thread.sleep(WINDOW_SECONDS * 1000L);
            double seconds = (System.nanoTime() - start) / 1e9;
            double pct = 100 * (kiosk.cpuSeconds() - before) / seconds;
            Bench.report(name, pct, "% core", String.format("over %.0f s; RSS %.0f MB; %s", seconds, kiosk.rssMb(), note));
            return pct;
        }
    }
}
