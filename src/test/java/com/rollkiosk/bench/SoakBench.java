package com.rollkiosk.bench;

import com.rollkiosk.app.SoakRun;
import java.util.List;

/** 30 simulated days of use ({@link SoakRun}) in a fresh JVM: live heap and RSS, and how the heap grew. */
final class SoakBench {

    private SoakBench() {
    }

    static void run() throws Exception {
        List<String> lines = Bench.fork(SoakRun.class);
        double growth = Bench.handed(lines, "soak_heap_growth_pct")[0];
        double live = Bench.handed(lines, "soak_live_heap_mb")[0];
        double rss = Bench.handed(lines, "soak_rss_mb")[0];
        Bench.report("soak: live heap growth", growth, "%", "last third of the days against the first; goal <= 5 %");
        Bench.report("soak: live heap at the end", live, "MB", "after a full collection; goal <= 64 MB");
        Bench.report("soak: RSS at the end", rss, "MB", "the soak's whole JVM");
        Figures.put("soak_heap_growth_pct", growth);
        Figures.put("soak_live_heap_mb", live);
    }
}
