package com.rollkiosk.app;

import com.rollkiosk.ui.StaffStatistics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Staff mode's statistics: the activity log, rotated files included, counted by {@link ActivityStats}
 * as {@code stats} does. Each rotated file is read once ({@link LogSummaries}); the live file is read
 * on from where the last visit stopped. So a visit costs what is new since the last one, not the
 * year of logs behind it. An interrupted reader stops at once (staff left the section).
 */
final class LogStatistics implements StaffStatistics {

    /** What has been counted of the live file: which file (it is replaced at rotation) and how far. */
    private record Live(Object fileKey, long offset, ActivityStats counts) {
    }

    private final Path dataDir;
    private final Clock wall;
    private final LogSummaries summaries = new LogSummaries();
    private Live live;

    /** @param wall the calendar clock that says what today is, and the zone days are counted in */
    LogStatistics(Path dataDir, Clock wall) {
        this.dataDir = dataDir;
        this.wall = wall;
    }

    @Override
    public synchronized List<Day> lastDays(int count) {
        LocalDate today = LocalDate.now(wall);
        LocalDate first = today.minusDays(count - 1L);
        ZoneId zone = wall.getZone();
        ActivityStats stats = new ActivityStats(zone, first, today);
        List<Path> files = ActivityLog.files(dataDir);
        Path current = dataDir.resolve(ActivityLog.FILE);
        try {
            for (Path log : files) {
                if (log.equals(current)) {
                    stats.include(live(log, zone, files));
                } else if (Thread.currentThread().isInterrupted()) {
                    throw new java.util.concurrent.CancellationException("statistics were left");
                } else {
                    rotated(log, zone).ifPresent(stats::include);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        summaries.keepOnly(files);
        Map<LocalDate, ActivityStats.Day> counted = stats.days().stream()
                .collect(Collectors.toMap(ActivityStats.Day::date, Function.identity()));
        List<Day> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            ActivityStats.Day c = counted.get(d);
            days.add(c == null ? new Day(d, 0, 0, 0) : new Day(d, c.sessionsStarted(), c.sessionsFinished(), c.holdsCompleted()));
        }
        return days;
    }

    /** A rotated file's counts; none when it was deleted (rotation) since the folder was listed. */
    private java.util.Optional<ActivityStats> rotated(Path log, ZoneId zone) throws IOException {
        try {
            return java.util.Optional.of(summaries.counts(log, zone));
        } catch (NoSuchFileException e) {
            return java.util.Optional.empty();
        }
    }

    /** The live file's counts, reading only what was written since the last visit. */
    private ActivityStats live(Path file, ZoneId zone, List<Path> files) throws IOException {
        BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
        Object key = now.fileKey() == null ? now.creationTime() : now.fileKey();
        if (live != null && (!Objects.equals(live.fileKey(), key) || now.size() < live.offset())) {
            handOver(live, zone, files);
            live = null;
        }
        Live from = live != null ? live : new Live(key, 0, new ActivityStats(zone, null, null));
        // Counted apart and added only when whole: a read cut short must not count a line twice.
        ActivityStats added = new ActivityStats(zone, null, null);
        long offset = LogLines.read(file, from.offset(), false, added);
        from.counts().include(added);
        live = new Live(key, offset, from.counts());
        return live.counts();
    }

    /** The live file was rotated: if it was counted to its end, its counts become its summary. */
    private void handOver(Live old, ZoneId zone, List<Path> files) {
        try {
            for (Path log : files) {
                BasicFileAttributes a = Files.readAttributes(log, BasicFileAttributes.class);
                if (old.fileKey().equals(a.fileKey() == null ? a.creationTime() : a.fileKey())
                        && !log.equals(dataDir.resolve(ActivityLog.FILE))) {
                    summaries.adopt(log, zone, old.counts(), old.offset());
                    return;
                }
            }
        } catch (IOException e) {
            // Pruned meanwhile, or unreadable: that file is read in full when it is asked for.
        }
    }
}
