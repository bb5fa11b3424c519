package com.rollkiosk.bench;

import com.rollkiosk.ui.HoldScreenTimings;

/**
 * The hold screen in a real 1920x1080 window under the test display: from a contact event to the
 * ring painted in its new state, and the time to paint the screen.
 */
final class ScreenBench {

    private ScreenBench() {
    }

    static void run() throws Exception {
        try (HoldScreenTimings hold = HoldScreenTimings.open()) {
            hold.contactToPaintMs(30);
            double[] latency = hold.contactToPaintMs(200);
            double p99 = Bench.percentile(latency, 99);
            Bench.report("contact event -> ring painted, p50", Bench.percentile(latency, 50), "ms",
                    "to the display; press and release alternately");
            Bench.report("contact event -> ring painted, p99", p99, "ms", "goal <= 8 ms (half a 60 Hz frame)");
            Figures.put("event_to_paint_p99_ms", p99);

            double full = Bench.median(hold.fullPaintMs(50, 300));
            double ring = Bench.median(hold.ringPaintMs(50, 300));
            Bench.report("hold screen paint, 1920x1080", full, "ms", "whole screen into an image, median of 300; goal <= 4 ms");
            Bench.report("ring timer paint", ring, "ms", "what a tick of the countdown repaints, median of 300");
            Figures.put("paint_ms", full);
        }
    }
}
