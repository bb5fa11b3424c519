package com.rollkiosk.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts per day from activity log lines, as the kiosk writes them: {@code session_start},
 * {@code session_end} with its {@code outcome}, {@code hold_complete} with its {@code region}, and
 * {@code screen} with {@code "screen":"not_safe"}. Nothing else is read, so nothing identifies a
 * person. A line that is not such an event (torn by a power cut, or foreign) is counted and
 * skipped. Days are local dates in the given zone. A whole file's counts, made once, can be
 * {@linkplain #include included} in any range: that is how summaries spare reading old files.
 */
final class ActivityStats implements LogLines.Sink {

    static final String HEADER = "date,sessions_started,sessions_finished,sessions_abandoned,holds_completed,not_safe";
    static final String REGION_HEADER = "date,region,holds_completed";

    /** Two lines run together by a torn write are one bad line, not the first event. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /** One day's counts, in the order of {@link #HEADER}. */
    record Day(LocalDate date, int sessionsStarted, int sessionsFinished, int sessionsAbandoned,
               int holdsCompleted, int notSafe) {

        String csv() {
            return date + "," + sessionsStarted + "," + sessionsFinished + "," + sessionsAbandoned + ","
                    + holdsCompleted + "," + notSafe;
        }
    }

    /** Counted columns per day: sessions started, finished, abandoned, holds completed, not safe. */
    static final int COLUMNS = 5;

    private final ZoneId zone;
    private final LocalDate from;
    private final LocalDate to;
    private final TreeMap<LocalDate, int[]> days = new TreeMap<>();
    private final Map<LocalDate, Map<String, Integer>> regions = new TreeMap<>();
    private long skipped;
    /** The day {@link #day} found last and its bounds in epoch seconds. */
    private LocalDate lastDay;
    private long dayStart;
    private long dayEnd;

    /** @param from first day counted, or null; @param to last day counted, or null */
    ActivityStats(ZoneId zone, LocalDate from, LocalDate to) {
        this.zone = zone;
        this.from = from;
        this.to = to;
    }

    /** Counts one line of the log; a blank line (the end of a torn one) is ignored. */
    void add(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        add(bytes, 0, bytes.length);
    }

    /** Counts one line given as its UTF-8 bytes; bad bytes read as the replacement character. */
    @Override
    public void add(byte[] bytes, int off, int len) {
        String[] fields = EventFields.read(bytes, off, len);
        if (fields == null) {
            if (!EventFields.blank(bytes, off, len)) {
                String line = new String(bytes, off, len, StandardCharsets.UTF_8);
                if (!line.isBlank()) {
                    addGeneral(line);
                }
            }
            return;
        }
        LocalDate date;
        try {
            date = day(orEmpty(fields[EventFields.T]));
        } catch (DateTimeParseException e) {
            skipped++;
            return;
        }
        String name = fields[EventFields.EVENT];
        if (name == null || name.isEmpty()) {
            skipped++;
            return;
        }
        String region = fields[EventFields.REGION];
        count(date, name, orEmpty(fields[EventFields.OUTCOME]), region == null ? "unknown" : region,
                orEmpty(fields[EventFields.SCREEN]));
    }

    /** The general path, for a line the quick one does not take: the same rules on a parsed tree. */
    void addGeneral(String line) {
        JsonNode event;
        LocalDate date;
        try {
            event = JSON.readTree(line);
            date = day(event.path("t").asText());
        } catch (JsonProcessingException | DateTimeParseException e) {
            skipped++;
            return;
        }
        String name = event.path("event").asText("");
        if (!event.isObject() || name.isEmpty()) {
            skipped++;
            return;
        }
        count(date, name, event.path("outcome").asText(), event.path("region").asText("unknown"),
                event.path("screen").asText());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The local day of a stamp; the last one is remembered, as a log's lines come a day at a time. */
    private LocalDate day(String stamp) {
        long second = Stamps.epochSecond(stamp);
        if (second == Stamps.NOT_PLAIN) {
            second = Instant.parse(stamp).getEpochSecond();
        }
        if (second < dayStart || second >= dayEnd || lastDay == null) {
            lastDay = Instant.ofEpochSecond(second).atZone(zone).toLocalDate();
            dayStart = lastDay.atStartOfDay(zone).toEpochSecond();
            dayEnd = lastDay.plusDays(1).atStartOfDay(zone).toEpochSecond();
        }
        return lastDay;
    }

    private void count(LocalDate date, String name, String outcome, String region, String screen) {
        if ((from != null && date.isBefore(from)) || (to != null && date.isAfter(to))) {
            return;
        }
        switch (name) {
            case "session_start" -> count(date, 0);
            case "session_end" -> {
                if (outcome.equals("finished")) {
                    count(date, 1);
                } else if (outcome.equals("abandoned")) {
                    count(date, 2);
                }
            }
            case "hold_complete" -> {
                count(date, 3);
                regions.computeIfAbsent(date, d -> new TreeMap<>()).merge(region, 1, Integer::sum);
            }
            case "screen" -> {
                if (screen.equals("not_safe")) {
                    count(date, 4);
                }
            }
            default -> {
                // Another kiosk event (hold_start, attract_card, ...): sound, but not counted here.
            }
        }
    }

    /** Counts every line of one log file, as the kiosk wrote it (rotated files too). */
    void read(Path log) throws IOException {
        // Bad bytes are replaced: a torn or foreign line is counted as skipped, never fatal.
        LogLines.read(log, 0, true, this);
    }

    /** Adds the counts of one whole file (counted without a range) that fall in this one's range. */
    void include(ActivityStats file) {
        skipped += file.skipped;
        if (file.days.isEmpty() || (from != null && file.lastCounted().isBefore(from))
                || (to != null && file.firstCounted().isAfter(to))) {
            return;
        }
        file.days.forEach((date, c) -> {
            if ((from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to))) {
                int[] mine = days.computeIfAbsent(date, d -> new int[COLUMNS]);
                for (int i = 0; i < COLUMNS; i++) {
                    mine[i] += c[i];
                }
                Map<String, Integer> byRegion = file.regions.get(date);
                if (byRegion != null) {
                    Map<String, Integer> into = regions.computeIfAbsent(date, d -> new TreeMap<>());
                    byRegion.forEach((region, n) -> into.merge(region, n, Integer::sum));
                }
            }
        });
    }

    /** The first and last day with anything counted; only when something was. */
    LocalDate firstCounted() {
        return days.firstKey();
    }

    LocalDate lastCounted() {
        return days.lastKey();
    }

    /** The counts per day, in the order of {@link #HEADER}'s columns after the date; for summaries. */
    Map<LocalDate, int[]> dayCounts() {
        return days;
    }

    /** Holds per region per day; for summaries. */
    Map<LocalDate, Map<String, Integer>> regionCounts() {
        return regions;
    }

    /** Counts read back from a summary, as if the file had been read. */
    void restore(Map<LocalDate, int[]> dayCounts, Map<LocalDate, Map<String, Integer>> regionCounts, long skippedLines) {
        days.putAll(dayCounts);
        regionCounts.forEach((date, byRegion) -> regions.put(date, new TreeMap<>(byRegion)));
        skipped += skippedLines;
    }

    private void count(LocalDate date, int column) {
        days.computeIfAbsent(date, d -> new int[COLUMNS])[column]++;
    }

    /** Lines that were not activity events. */
    long skipped() {
        return skipped;
    }

    /** One row per day with anything counted, oldest first. */
    List<Day> days() {
        List<Day> rows = new ArrayList<>();
        days.forEach((date, c) -> rows.add(new Day(date, c[0], c[1], c[2], c[3], c[4])));
        return rows;
    }

    /** {@code date,region,holds_completed} rows, by date, then region. */
    List<String> regionRows() {
        List<String> rows = new ArrayList<>();
        regions.forEach((date, byRegion) -> byRegion.forEach((region, holds) ->
                rows.add(date + "," + csvField(region) + "," + holds)));
        return rows;
    }

    /** Region ids are plain words, but a foreign log's need not be. */
    private static String csvField(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
