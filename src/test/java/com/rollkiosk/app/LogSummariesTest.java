package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rollkiosk.ui.StaffStatistics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rotated file is counted once and its counts kept beside it; the live file is read on from where it stopped. */
class LogSummariesTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2025-01-20T12:00:00Z"), ActivityStatsTest.BERLIN);
    private static final LocalDate JAN_14 = LocalDate.of(2025, 1, 14);

    @TempDir
    Path data;

    private Path rotated(String name, List<String> lines) throws Exception {
        return Files.write(data.resolve(name), lines);
    }

    private static String start(String time) {
        return "{\"t\":\"" + time + "\",\"event\":\"session_start\",\"routine\":\"full\"}";
    }

    private static StaffStatistics.Day day(List<StaffStatistics.Day> days, LocalDate date) {
        return days.stream().filter(d -> d.date().equals(date)).findFirst().orElseThrow();
    }

    private String stats(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = new StatsCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), ActivityStatsTest.BERLIN).run(all);
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aRotatedFileIsCountedOnceAndItsSummaryIsReadAfter() throws Exception {
        Path log = rotated("activity-000001-20250114-120000.jsonl", ActivityStatsTest.LOG);
        new LogStatistics(data, TODAY).lastDays(30);
        Path summary = LogFiles.summaryOf(log);
        assertThat(summary).exists();

        // Counts that only the summary holds: what a later read shows comes from it, not the file.
        String doctored = Files.readString(summary).replace("[3,1,0,3,1]", "[42,1,0,3,1]");
        assertThat(doctored).contains("[42,1,0,3,1]");
        Files.writeString(summary, doctored);

        assertThat(day(new LogStatistics(data, TODAY).lastDays(30), JAN_14).started()).isEqualTo(42);
        assertThat(stats("--from", "2025-01-14")).contains("2025-01-14,42,1,0,3,1");
    }

    @Test
    void aStaleTornOrForeignSummaryIsMadeAgain() throws Exception {
        Path log = rotated("activity-000001-20250114-120000.jsonl", ActivityStatsTest.LOG);
        Path summary = LogFiles.summaryOf(log);
        for (String bad : List.of("{\"version\":1,\"log_si", "[]", "{\"version\":1,\"log_size\":1,\"log_modified_ms\":1,\"zones\":{}}")) {
            Files.writeString(summary, bad);
            assertThat(day(new LogStatistics(data, TODAY).lastDays(30), JAN_14).started()).as(bad).isEqualTo(3);
        }
        new LogStatistics(data, TODAY).lastDays(30);
        // The file changes (a restore from a backup): its size no longer matches, so it is counted again.
        Files.write(log, List.of(start("2025-01-14T10:00:00Z")), StandardOpenOption.APPEND);
        Files.setLastModifiedTime(log, FileTime.fromMillis(Files.getLastModifiedTime(log).toMillis() + 1000));

        assertThat(day(new LogStatistics(data, TODAY).lastDays(30), JAN_14).started()).isEqualTo(4);
    }

    @Test
    void anotherZoneAddsItsDaysToTheSameSummary() throws Exception {
        Path log = rotated("activity-000001-20250114-120000.jsonl", ActivityStatsTest.LOG);
        new LogStatistics(data, TODAY).lastDays(30);
        Clock utc = TODAY.withZone(ZoneId.of("UTC"));

        // 23:30Z is the 15th in Berlin and the 14th in UTC.
        assertThat(day(new LogStatistics(data, utc).lastDays(30), JAN_14).finished()).isEqualTo(1);
        assertThat(Files.readString(LogFiles.summaryOf(log))).contains("\"Europe/Berlin\"", "\"UTC\"");
    }

    @Test
    void statsPrintsTheSameWithAndWithoutSummariesAndSkipsNothing() throws Exception {
        rotated("activity-20250101-000000000.jsonl", ActivityStatsTest.LOG.subList(0, 9));
        rotated("activity-000001-20250114-120000.jsonl", ActivityStatsTest.LOG.subList(9, 15));
        Files.write(data.resolve(ActivityLog.FILE), ActivityStatsTest.LOG.subList(15, ActivityStatsTest.LOG.size()));
        ActivityStats plain = new ActivityStats(ActivityStatsTest.BERLIN, JAN_14.plusDays(1), null);
        ActivityStatsTest.LOG.forEach(plain::add);

        for (String[] args : List.of(new String[0], new String[] {"--from", "2025-01-15"}, new String[] {"--by", "region"})) {
            String first = stats(args);
            String second = stats(args);
            assertThat(second).isEqualTo(first);
        }
        assertThat(stats("--from", "2025-01-15")).isEqualTo(String.join(System.lineSeparator(), ActivityStats.HEADER,
                plain.days().get(0).csv(), ""));
    }

    @Test
    void theLiveFileIsReadOnFromWhereTheLastVisitStopped() throws Exception {
        Path live = data.resolve(ActivityLog.FILE);
        Files.writeString(live, start("2025-01-14T08:00:00Z") + "\n" + start("2025-01-14T08:01:00Z").substring(0, 20));
        LogStatistics statistics = new LogStatistics(data, TODAY);
        assertThat(day(statistics.lastDays(30), JAN_14).started()).as("a line still being written waits").isEqualTo(1);

        Files.writeString(live, start("2025-01-14T08:01:00Z").substring(20) + "\n" + start("2025-01-14T09:00:00Z") + "\n",
                StandardOpenOption.APPEND);
        assertThat(day(statistics.lastDays(30), JAN_14).started()).isEqualTo(3);
        assertThat(day(statistics.lastDays(30), JAN_14).started()).as("nothing counted twice").isEqualTo(3);

        // Rotation: the live file becomes a numbered one, whose summary is what was counted of it.
        Path rotated = data.resolve("activity-000001-20250114-120000.jsonl");
        Files.move(live, rotated);
        Files.writeString(live, start("2025-01-14T10:00:00Z") + "\n");
        assertThat(day(statistics.lastDays(30), JAN_14).started()).isEqualTo(4);
        assertThat(LogFiles.summaryOf(rotated)).exists();
    }

    @Test
    void aReadCancelledHalfWayCountsNothingTwice() throws Exception {
        Path live = data.resolve(ActivityLog.FILE);
        Files.write(live, List.of(start("2025-01-14T08:00:00Z")));
        rotated("activity-000001-20250114-120000.jsonl", List.of(start("2025-01-14T07:00:00Z")));
        LogStatistics statistics = new LogStatistics(data, TODAY);

        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> statistics.lastDays(30)).isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(day(statistics.lastDays(30), JAN_14).started()).isEqualTo(2);
    }
}
