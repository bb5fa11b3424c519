package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The counts {@code stats} prints, from a log whose every line is known. */
class ActivityStatsTest {

    /** UTC+1 in January: 23:30Z is already the next local day. */
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Three sessions started on the 14th, one finished and one abandoned after local midnight. */
    static final List<String> LOG = List.of(
            "{\"t\":\"2025-01-14T08:00:00Z\",\"event\":\"session_start\",\"routine\":\"full\"}",
            "{\"t\":\"2025-01-14T08:01:00Z\",\"event\":\"screen\",\"screen\":\"not_safe\"}",
            "{\"t\":\"2025-01-14T08:02:00Z\",\"event\":\"screen\",\"screen\":\"choose_routine\"}",
            "{\"t\":\"2025-01-14T08:05:00Z\",\"event\":\"session_start\",\"routine\":\"calves\"}",
            "{\"t\":\"2025-01-14T08:06:00Z\",\"event\":\"hold_complete\",\"region\":\"calves\",\"side\":\"left\"}",
            "{\"t\":\"2025-01-14T08:07:00Z\",\"event\":\"hold_complete\",\"region\":\"calves\",\"side\":\"right\"}",
            "{\"t\":\"2025-01-14T08:08:00Z\",\"event\":\"hold_complete\",\"region\":\"quads\",\"side\":\"left\"}",
            "{\"t\":\"2025-01-14T08:09:00Z\",\"event\":\"session_end\",\"outcome\":\"finished\"}",
            "{\"t\":\"2025-01-14T08:10:00Z\",\"event\":\"hold_start\",\"region\":\"quads\"}",
            "{\"t\":\"2025-01-14T08:11:00Z\",\"event\":\"sess",
            "hello world",
            "{\"event\":\"session_start\"}",
            "[1, 2]",
            "{\"t\":\"2025-01-14T09:00:00Z\",\"event\":\"session_start\"}{\"t\":\"2025-01-14T09:00:01Z\",\"event\":\"x\"}",
            "{\"t\":\"2025-01-14T22:30:00Z\",\"event\":\"session_start\"}",
            "{\"t\":\"2025-01-14T23:30:00Z\",\"event\":\"session_end\",\"outcome\":\"abandoned\"}",
            "{\"t\":\"2025-01-15T10:00:00Z\",\"event\":\"hold_complete\",\"region\":\"calves\"}",
            "",
            "{\"t\":\"2025-01-17T10:00:00Z\",\"event\":\"attract_card\",\"index\":1,\"region\":\"quads\"}");

    private static ActivityStats count(LocalDate from, LocalDate to) {
        ActivityStats stats = new ActivityStats(BERLIN, from, to);
        LOG.forEach(stats::add);
        return stats;
    }

    @Test
    void countsEachDayExactlyAndSkipsTornAndForeignLines() {
        ActivityStats stats = count(null, null);

        assertThat(stats.days()).extracting(ActivityStats.Day::csv).containsExactly(
                "2025-01-14,3,1,0,3,1",
                "2025-01-15,0,0,1,1,0");
        assertThat(stats.skipped()).isEqualTo(5);
    }

    @Test
    void holdsByRegionPerDay() {
        assertThat(count(null, null).regionRows()).containsExactly(
                "2025-01-14,calves,2",
                "2025-01-14,quads,1",
                "2025-01-15,calves,1");
    }

    @Test
    void fromAndToAreInclusiveLocalDays() {
        LocalDate fifteenth = LocalDate.of(2025, 1, 15);
        assertThat(count(fifteenth, null).days()).extracting(ActivityStats.Day::csv)
                .containsExactly("2025-01-15,0,0,1,1,0");
        assertThat(count(null, fifteenth.minusDays(1)).days()).extracting(ActivityStats.Day::csv)
                .containsExactly("2025-01-14,3,1,0,3,1");
        assertThat(count(fifteenth.plusDays(1), null).days()).isEmpty();
    }

    @Test
    void aForeignRegionNameStaysOneCsvField() {
        ActivityStats stats = new ActivityStats(ZoneId.of("UTC"), null, null);
        stats.add("{\"t\":\"2025-01-14T08:06:00Z\",\"event\":\"hold_complete\",\"region\":\"a,\\\"b\\\"\"}");
        assertThat(stats.regionRows()).containsExactly("2025-01-14,\"a,\"\"b\"\"\",1");
    }
}
