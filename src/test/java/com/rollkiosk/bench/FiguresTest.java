package com.rollkiosk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The benchmarks' last line is a contract of issues 11 and 19: one JSON object, exactly these keys, all numbers. */
class FiguresTest {

    @Test
    void theLastLineIsOneJsonObjectWithExactlyTheIssuesKeysAllNumbers() throws Exception {
        Figures.put("paint_ms", 3.25);
        Figures.put("first_frame_ms", Double.NaN);
        JsonNode line = new ObjectMapper().readTree(Figures.json());
        List<String> keys = new ArrayList<>();
        line.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("parser_lines_per_s", "parser_baseline_lines_per_s",
                "parser_bytes_alloc_per_line", "sensor_latency_p99_ms", "sensor_latency_baseline_p99_ms",
                "event_to_paint_p99_ms", "timer_error_ms", "first_frame_ms", "first_frame_cds_ms",
                "first_frame_baseline_ms", "idle_cpu_pct", "hold_cpu_pct", "paint_ms", "soak_heap_growth_pct",
                "soak_live_heap_mb", "stats_full_ms", "statistics_open_full_ms", "metrics_scrape_p99_ms",
                "hold_timer_error_ms");
        line.forEach(value -> assertThat(value.isNumber()).as(value.toString()).isTrue());
        assertThat(line.get("paint_ms").asDouble()).isEqualTo(3.25);
        assertThat(line.get("first_frame_ms").asDouble()).as("not measured").isEqualTo(-1);
    }

    @Test
    void aKeyTheIssueDoesNotNameIsRefused() {
        assertThatThrownBy(() -> Figures.put("paint_time_ms", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void percentilesAreNearestRank() {
        double[] values = new double[100];
        for (int i = 0; i < 100; i++) {
            values[i] = 100 - i;
        }
        assertThat(Bench.percentile(values, 99)).isEqualTo(99);
        assertThat(Bench.percentile(values, 50)).isEqualTo(50);
        assertThat(Bench.percentile(new double[] {7}, 99)).isEqualTo(7);
    }
}
