package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.time.Clock;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The activity log's writer: background thread, rotation by size, and a disk that says no. */
@Timeout(30)
class RotatingLogTest {

    @TempDir
    Path dir;

    private List<String> allLines() throws Exception {
        List<String> lines = new ArrayList<>();
        for (Path file : RotatingLog.files(dir, "activity")) {
            lines.addAll(Files.readAllLines(file));
        }
        return lines;
    }

    private static String line(int i) {
        return "{\"n\":" + i + "}";
    }

    @Test
    void closeWritesEveryQueuedLineInOrder() throws Exception {
        RotatingLog log = new RotatingLog(dir, "activity", Long.MAX_VALUE, 3);
        IntStream.range(0, 5000).forEach(i -> log.append(line(i)));
        log.close();

        assertThat(allLines()).containsExactlyElementsOf(IntStream.range(0, 5000).mapToObj(RotatingLogTest::line).toList());
        assertThat(log.failure()).isEmpty();
    }

    @Test
    void rotatesBySizeKeepingTheNewestFilesWhole() throws Exception {
        RotatingLog log = new RotatingLog(dir, "activity", 100, 3);
        for (int i = 0; i < 100; i++) {
            log.append(line(i));
            if (i % 7 == 0) {
                // Several batches, so rotation happens between and within them.
                log.awaitWritten();
            }
        }
        log.close();

        List<Path> files = RotatingLog.files(dir, "activity");
        assertThat(files).hasSize(4).last().isEqualTo(dir.resolve("activity.jsonl"));
        assertThat(files.subList(0, 3)).allMatch(f -> f.getFileName().toString().matches("activity-\\d{6}-\\d{8}-\\d{6}\\.jsonl"));
        for (Path file : files) {
            assertThat(Files.size(file)).as(file.toString()).isLessThanOrEqualTo(100);
        }
        // The newest lines survive, contiguous and in order, up to the last one written.
        List<String> kept = allLines();
        int first = Integer.parseInt(kept.get(0).replaceAll("\\D", ""));
        assertThat(kept).containsExactlyElementsOf(IntStream.range(first, 100).mapToObj(RotatingLogTest::line).toList());
    }

    @Test
    void aFullDiskLosesLinesButNotTheCallerAndWritingResumesWithWholeLines() throws Exception {
        Path file = dir.resolve("activity.jsonl");
        Files.createSymbolicLink(file, Path.of("/dev/full"));
        RotatingLog log = new RotatingLog(dir, "activity", Long.MAX_VALUE, 3);
        log.append(line(1));
        log.append(line(2));
        log.awaitWritten();

        assertThat(log.failure()).hasValueSatisfying(f -> {
            assertThat(f.reason()).containsIgnoringCase("space");
            assertThat(f.linesLost()).isEqualTo(2);
        });

        Files.delete(file);
        log.append(line(3));
        log.close();
        assertThat(log.failure()).isEmpty();
        assertThat(Files.readAllLines(file)).containsExactly("", line(3));
    }

    @Test
    void aDataFolderThatCannotBeMadeIsReportedFromTheStart() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("data"), "a file where the folder should be");
        RotatingLog log = new RotatingLog(notAFolder, "activity", Long.MAX_VALUE, 3);
        log.append(line(1));
        log.close();

        assertThat(log.failure()).hasValueSatisfying(f -> assertThat(f.linesLost()).isEqualTo(1));
    }

    @Test
    void aDiskThatStallsNeverStallsTheCallerAndNoLineIsLost() throws Exception {
        // A pipe with nobody reading stands for a disk that hangs: the writer blocks once the
        // pipe's 64 KB are full, while the caller (the event thread in the kiosk) goes on appending.
        Path file = dir.resolve("activity.jsonl");
        new ProcessBuilder("mkfifo", file.toString()).start().waitFor();
        CountDownLatch readNow = new CountDownLatch(1);
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(file)) {
                readNow.await();
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        RotatingLog log = new RotatingLog(dir, "activity", Long.MAX_VALUE, 3);
        String padding = "x".repeat(100);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            String line = "{\"n\":" + i + ",\"pad\":\"" + padding + "\"}";
            expected.add(line);
            log.append(line);
        }
        // 500 KB appended while at most 64 KB could leave: the caller did not wait for the disk.
        assertThat(read).isNotDone();

        readNow.countDown();
        log.close();
        assertThat(read.get().lines()).containsExactlyElementsOf(expected);
        assertThat(log.failure()).isEmpty();
    }

    @Test
    void aLineThatAsksIsForcedAtOnceAndTheRestWithinTheInterval() throws Exception {
        RotatingLog log = new RotatingLog(dir, "activity", Long.MAX_VALUE, 3, Clock.systemUTC(), LogFiles.DISK, 3_600_000);
        log.append(line(1));
        log.awaitWritten();
        assertThat(log.forces()).as("an hour's interval has not passed").isZero();

        log.append(line(2), true);
        log.awaitWritten();
        assertThat(log.forces()).isEqualTo(1);
        log.close();

        RotatingLog quick = new RotatingLog(dir, "activity", Long.MAX_VALUE, 3, Clock.systemUTC(), LogFiles.DISK, 20);
        quick.append(line(3));
        // Nothing more is written: the writer forces the line on its own once the interval is over.
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (quick.forces() == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(quick.forces()).isEqualTo(1);
        quick.close();
    }

    @Test
    void aWriterStoppedByAnErrorIsSaidAndCountsEveryLaterLineAsLost() throws Exception {
        LogFiles.Lister broken = folder -> {
            throw new AssertionError("thrown by the test, standing for an Error in the writer");
        };
        RotatingLog log = new RotatingLog(dir, "activity", 20, 3, Clock.systemUTC(), broken, 60_000);
        log.append(line(1));
        log.append(line(2));
        log.append(line(3));
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!log.failing() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }

        assertThat(log.failing()).isTrue();
        assertThat(log.failure()).hasValueSatisfying(f -> assertThat(f.reason()).contains("writer stopped"));
        long lostBefore = log.lostLines();
        log.append(line(4));
        assertThat(log.lostLines()).isEqualTo(lostBefore + 1);
        log.close();
    }
}
