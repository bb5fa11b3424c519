package com.rollkiosk.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The headline figures of issues 11, 18 and 19, printed by {@link Benchmarks} as the last line: one JSON
 * object whose keys are a contract (spelled as the issue spells them). A benchmark that failed
 * leaves its figure at -1, so the line stays parseable and the failure shows above it.
 */
final class Figures {

    static final String[] KEYS = {
        "parser_lines_per_s", "parser_baseline_lines_per_s", "parser_bytes_alloc_per_line",
        "sensor_latency_p99_ms", "sensor_latency_baseline_p99_ms", "event_to_paint_p99_ms",
        "timer_error_ms", "first_frame_ms", "first_frame_cds_ms", "first_frame_baseline_ms",
        "idle_cpu_pct", "hold_cpu_pct", "paint_ms", "soak_heap_growth_pct", "soak_live_heap_mb",
        // issue 18: stats --from (last 30 days) and Statistics' first open, over the most logs kept
        "stats_full_ms", "statistics_open_full_ms",
        // issue 19: the endpoint under 200 parallel scrapes, and a hold's timing while they run
        "metrics_scrape_p99_ms", "hold_timer_error_ms",
    };

    private static final Map<String, Double> VALUES = new LinkedHashMap<>();

    static {
        for (String key : KEYS) {
            VALUES.put(key, -1.0);
        }
    }

    private Figures() {
    }

    static synchronized void put(String key, double value) {
        if (!VALUES.containsKey(key)) {
            throw new IllegalArgumentException("not a headline figure: " + key);
        }
        VALUES.put(key, Double.isFinite(value) ? value : -1);
    }

    static synchronized String json() {
        StringJoiner out = new StringJoiner(",", "{", "}");
        VALUES.forEach((k, v) -> out.add("\"" + k + "\":" + number(v)));
        return out.toString();
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
