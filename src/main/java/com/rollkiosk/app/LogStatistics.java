package com.rollkiosk.app;

import com.rollkiosk.ui.StaffStatistics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Staff mode's statistics: the activity log, rotated files included, counted by {@link ActivityStats} as {@code stats} does. */
final class LogStatistics implements StaffStatistics {

    private final Path dataDir;
    private final Clock wall;

    /** @param wall the calendar clock that says what today is, and the zone days are counted in */
    LogStatistics(Path dataDir, Clock wall) {
        this.dataDir = dataDir;
        this.wall = wall;
    }

    @Override
    public List<Day> lastDays(int count) {
        LocalDate today = LocalDate.now(wall);
        LocalDate first = today.minusDays(count - 1L);
        ActivityStats stats = new ActivityStats(wall.getZone(), first, today);
        for (Path log : ActivityLog.files(dataDir)) {
            try {
                stats.read(log);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<LocalDate, ActivityStats.Day> counted = stats.days().stream()
                .collect(Collectors.toMap(ActivityStats.Day::date, Function.identity()));
        List<Day> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            ActivityStats.Day c = counted.get(d);
            days.add(c == null ? new Day(d, 0, 0, 0) : new Day(d, c.sessionsStarted(), c.sessionsFinished(), c.holdsCompleted()));
        }
        return days;
    }
}
