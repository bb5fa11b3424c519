package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rotation keeps the newest files by order of writing whatever the clock says: a dead RTC battery,
 * a PC that was offline, a date set wrong and corrected, and a folder listing that throws.
 */
@Timeout(60)
class RotationClockTest {

    private static final int KEEP = 30;
    private static final int LINES = 400;
    /** Every line is this long with its newline, so each file holds exactly three. */
    private static final int LINE_BYTES = 13;
    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    @TempDir
    Path dir;

    /** A wall clock the test sets while the writer reads it. */
    private static final class SetClock extends Clock {
        private volatile Instant now = NOW;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static String line(int i) {
        return String.format("{\"n\":%06d}", i);
    }

    /** Writes {@link #LINES} lines, the clock set by {@code clockAt} before each, in many batches. */
    private RotatingLog write(SetClock clock, IntFunction<Instant> clockAt, LogFiles.Lister lister) throws Exception {
        RotatingLog log = new RotatingLog(dir, "activity", 3 * LINE_BYTES, KEEP, clock, lister, 60_000);
        for (int i = 0; i < LINES; i++) {
            clock.now = clockAt.apply(i);
            log.append(line(i));
            if (i % 2 == 0) {
                log.awaitWritten();
            }
        }
        log.close();
        return log;
    }

    /** The newest 30 rotated files and the current one hold the last lines written, none missing. */
    private void assertNewestKept(RotatingLog log) throws Exception {
        List<Path> files = RotatingLog.files(dir, "activity");
        List<String> kept = new ArrayList<>();
        for (Path file : files) {
            kept.addAll(Files.readAllLines(file));
        }
        assertThat(files).hasSize(KEEP + 1).last().isEqualTo(dir.resolve("activity.jsonl"));
        assertThat(kept).hasSize(KEEP * 3 + 1)
                .containsExactlyElementsOf(IntStream.range(LINES - kept.size(), LINES).mapToObj(RotationClockTest::line).toList());
        assertThat(log.lostLines()).isZero();
        assertThat(log.failing()).isFalse();
    }

    @Test
    void aClockThatGoesBackKeepsWhatWasJustWritten() throws Exception {
        // Half way, the date is corrected by six years back: every later name is older than the first ones.
        RotatingLog log = write(new SetClock(), i -> i < LINES / 2 ? NOW.plusSeconds(i) : NOW.minus(Duration.ofDays(2200)).plusSeconds(i),
                LogFiles.DISK);

        assertNewestKept(log);
    }

    @Test
    void aClockBehindFromTheStartAndOneThatStopsKeepTheNewest() throws Exception {
        // A dead RTC battery: 1970 and standing still, so every name carries the same stamp.
        RotatingLog log = write(new SetClock(), i -> Instant.EPOCH, LogFiles.DISK);

        assertNewestKept(log);
    }

    @Test
    void aClockAheadThenCorrectedKeepsTheNewest() throws Exception {
        RotatingLog log = write(new SetClock(), i -> i < 100 ? NOW.plus(Duration.ofDays(3650)) : NOW.plusSeconds(i), LogFiles.DISK);

        assertNewestKept(log);
    }

    @Test
    void aClockThatJumpsBackAndForthKeepsTheNewest() throws Exception {
        Random random = new Random(18);
        RotatingLog log = write(new SetClock(), i -> NOW.plus(Duration.ofHours(random.nextInt(200_000) - 100_000L)), LogFiles.DISK);

        assertNewestKept(log);
    }

    @Test
    void aListingThatThrowsLosesNoLineAndTheNextRotationPrunes() throws Exception {
        AtomicInteger listings = new AtomicInteger();
        LogFiles.Lister flaky = folder -> {
            // Every third listing fails as Files.list's stream does when the folder goes away under it.
            if (listings.incrementAndGet() % 3 == 0) {
                throw new UncheckedIOException(new IOException("Input/output error"));
            }
            return Files.list(folder);
        };

        RotatingLog log = write(new SetClock(), i -> NOW.minusSeconds(i), flaky);

        assertThat(listings.get()).as("rotations listed the folder").isGreaterThan(30);
        assertNewestKept(log);
    }

    @Test
    void filesFromBeforeNumberingAreReadAndAreOlderThanAnyNumberedOne() throws Exception {
        Path legacy = Files.writeString(dir.resolve("activity-20991231-235959999.jsonl"), line(-1) + "\n");
        SetClock clock = new SetClock();
        RotatingLog log = new RotatingLog(dir, "activity", 3 * LINE_BYTES, KEEP, clock, LogFiles.DISK, 60_000);
        for (int i = 0; i < 7; i++) {
            log.append(line(i));
            log.awaitWritten();
        }
        log.close();

        List<Path> files = RotatingLog.files(dir, "activity");
        assertThat(files).hasSize(4).first().isEqualTo(legacy);
        assertThat(files.get(1).getFileName().toString()).isEqualTo("activity-000001-20260601-100000.jsonl");
        assertThat(files.get(2).getFileName().toString()).isEqualTo("activity-000002-20260601-100000.jsonl");
    }

    @Test
    void numberingGoesOnFromTheHighestNumberOnDisk() throws Exception {
        Files.writeString(dir.resolve("activity-000999-20200101-000000.jsonl"), line(-1) + "\n");
        RotatingLog log = new RotatingLog(dir, "activity", 3 * LINE_BYTES, KEEP, new SetClock(), LogFiles.DISK, 60_000);
        for (int i = 0; i < 4; i++) {
            log.append(line(i));
            log.awaitWritten();
        }
        log.close();

        assertThat(RotatingLog.files(dir, "activity")).extracting(p -> p.getFileName().toString())
                .containsExactly("activity-000999-20200101-000000.jsonl", "activity-001000-20260601-100000.jsonl",
                        "activity.jsonl");
    }
}
