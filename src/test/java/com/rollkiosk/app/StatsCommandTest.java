package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stats} on a given activity log prints exactly the counts that log holds. */
class StatsCommandTest {

    @TempDir
    Path data;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int stats(String... args) throws Exception {
        Files.write(data.resolve(ActivityLog.FILE), ActivityStatsTest.LOG);
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return new StatsCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), ActivityStatsTest.BERLIN).run(all);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheHeaderAndOneRowPerDayAndSaysHowManyLinesItSkipped() throws Exception {
        assertThat(stats()).isZero();
        assertThat(stdout()).isEqualTo(String.join(System.lineSeparator(),
                "date,sessions_started,sessions_finished,sessions_abandoned,holds_completed,not_safe",
                "2025-01-14,3,1,0,3,1",
                "2025-01-15,0,0,1,1,0", ""));
        assertThat(stderr()).contains("skipped 5 lines");
    }

    @Test
    void readsAcrossRotatedFiles() throws Exception {
        java.util.List<String> log = ActivityStatsTest.LOG;
        Files.write(data.resolve("activity-20250114-000000000.jsonl"), log.subList(0, 6));
        Files.write(data.resolve("activity-20250114-120000000.jsonl"), log.subList(6, 12));
        Files.write(data.resolve(ActivityLog.FILE), log.subList(12, log.size()));
        int code = new StatsCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), ActivityStatsTest.BERLIN)
                .run(new String[] {"--data", data.toString()});
        assertThat(code).isZero();
        assertThat(stdout()).contains("2025-01-14,3,1,0,3,1", "2025-01-15,0,0,1,1,0");
    }

    @Test
    void byRegionPrintsHoldsPerRegionInARange() throws Exception {
        assertThat(stats("--by", "region", "--from", "2025-01-15", "--to", "2025-01-15")).isZero();
        assertThat(stdout()).isEqualTo(String.join(System.lineSeparator(),
                "date,region,holds_completed", "2025-01-15,calves,1", ""));
    }

    @Test
    void fromAfterToExitsTwoAndPrintsNoCsv() throws Exception {
        assertThat(stats("--from", "2025-02-01", "--to", "2025-01-01")).isEqualTo(2);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).contains("--from 2025-02-01 is after --to 2025-01-01");
    }

    @Test
    void aDateNotInTheFormExitsTwoSayingTheForm() throws Exception {
        assertThat(stats("--from", "14.01.2025")).isEqualTo(2);
        assertThat(stderr()).contains("must be a date YYYY-MM-DD, was '14.01.2025'").doesNotContain("\tat ");
    }

    @Test
    void anEmptyDataFolderGivesTheHeaderAlone() {
        int code = new StatsCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(new String[] {"--data", data.toString()});
        assertThat(code).isZero();
        assertThat(stdout()).isEqualTo(ActivityStats.HEADER + System.lineSeparator());
        assertThat(stderr()).contains("no activity log");
    }
}
