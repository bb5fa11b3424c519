package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rollkiosk.ui.StaffStatistics;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staff mode's chart reads the activity log as {@code stats} does, rotated files included, 30 days to today. */
class LogStatisticsTest {

    @TempDir
    Path data;

    private static String event(String time, String body) {
        return "{\"t\":\"" + time + "\"," + body + "}";
    }

    @Test
    void theLastThirtyDaysWithEmptyDaysAsZerosAcrossRotatedFiles() throws Exception {
        Files.write(data.resolve("activity-20250101-000000000.jsonl"), List.of(
                event("2024-12-01T10:00:00Z", "\"event\":\"session_start\",\"routine\":\"full\""),
                event("2025-01-02T10:00:00Z", "\"event\":\"session_start\",\"routine\":\"full\""),
                "{torn"));
        Files.write(data.resolve(ActivityLog.FILE), List.of(
                event("2025-01-02T10:05:00Z", "\"event\":\"hold_complete\",\"region\":\"calves\""),
                event("2025-01-02T10:09:00Z", "\"event\":\"session_end\",\"outcome\":\"finished\""),
                event("2025-01-15T08:00:00Z", "\"event\":\"session_start\",\"routine\":\"desk-worker\"")));
        Clock today = Clock.fixed(Instant.parse("2025-01-15T12:00:00Z"), ActivityStatsTest.BERLIN);

        List<StaffStatistics.Day> days = new LogStatistics(data, today).lastDays(30);

        assertThat(days).hasSize(30);
        assertThat(days.get(0).date()).isEqualTo(LocalDate.of(2024, 12, 17));
        assertThat(days.get(29)).isEqualTo(new StaffStatistics.Day(LocalDate.of(2025, 1, 15), 1, 0, 0));
        assertThat(days).contains(new StaffStatistics.Day(LocalDate.of(2025, 1, 2), 1, 1, 1));
        assertThat(days.stream().mapToInt(StaffStatistics.Day::started).sum()).as("December 1st is too old").isEqualTo(2);
    }

    @Test
    void aLogThatCannotBeReadIsSaid() throws Exception {
        Files.createDirectories(data.resolve("activity-20250101-000000000.jsonl"));
        assertThatThrownBy(() -> new LogStatistics(data, Clock.systemUTC()).lastDays(30))
                .isInstanceOf(UncheckedIOException.class);
    }
}
