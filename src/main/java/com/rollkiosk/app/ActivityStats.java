package com.rollkiosk.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
 * skipped. Pure: lines in, rows out; days are local dates in the given zone.
 */
final class ActivityStats {

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

    private final ZoneId zone;
    private final LocalDate from;
    private final LocalDate to;
    private final Map<LocalDate, int[]> days = new TreeMap<>();
    private final Map<LocalDate, Map<String, Integer>> regions = new TreeMap<>();
    private long skipped;

    /** @param from first day counted, or null; @param to last day counted, or null */
    ActivityStats(ZoneId zone, LocalDate from, LocalDate to) {
        this.zone = zone;
        this.from = from;
        this.to = to;
    }

    /** Counts one line of the log; a blank line (the end of a torn one) is ignored. */
    void add(String line) {
        if (line.isBlank()) {
            return;
        }
        JsonNode event;
        LocalDate date;
        try {
            event = JSON.readTree(line);
            date = Instant.parse(event.path("t").asText()).atZone(zone).toLocalDate();
        } catch (JsonProcessingException | DateTimeParseException e) {
            skipped++;
            return;
        }
        String name = event.path("event").asText("");
        if (!event.isObject() || name.isEmpty()) {
            skipped++;
            return;
        }
        if ((from != null && date.isBefore(from)) || (to != null && date.isAfter(to))) {
            return;
        }
        switch (name) {
            case "session_start" -> count(date, 0);
            case "session_end" -> {
                String outcome = event.path("outcome").asText();
                if (outcome.equals("finished")) {
                    count(date, 1);
                } else if (outcome.equals("abandoned")) {
                    count(date, 2);
                }
            }
            case "hold_complete" -> {
                count(date, 3);
                regions.computeIfAbsent(date, d -> new TreeMap<>())
                        .merge(event.path("region").asText("unknown"), 1, Integer::sum);
            }
            case "screen" -> {
                if (event.path("screen").asText().equals("not_safe")) {
                    count(date, 4);
                }
            }
            default -> {
                // Another kiosk event (hold_start, attract_card, ...): sound, but not counted here.
            }
        }
    }

    /** Counts every line of one log file, as the kiosk wrote it (rotated files too). */
    void read(java.nio.file.Path log) throws java.io.IOException {
        // A reader that replaces bad bytes: a torn or foreign line is counted as skipped, never fatal.
        try (java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(
                java.nio.file.Files.newInputStream(log), java.nio.charset.StandardCharsets.UTF_8))) {
            lines.lines().forEach(this::add);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void count(LocalDate date, int column) {
        days.computeIfAbsent(date, d -> new int[5])[column]++;
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
