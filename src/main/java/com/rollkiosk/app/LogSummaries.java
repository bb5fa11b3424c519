package com.rollkiosk.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-day counts of rotated activity logs, each read once: a rotated file never changes, so
 * its counts are kept in a small summary beside it ({@code NAME.jsonl.summary.json}, see
 * {@link LogFiles#summaryOf}) and in memory. A summary names the size and modification time of the
 * file it counts; one that is missing, stale, torn or of another zone's days is made again from
 * the file. A folder that cannot be written only costs the read next time.
 *
 * <p>Summary: {@code {"version":1,"log_size":N,"log_modified_ms":N,"zones":{"Europe/Berlin":
 * {"skipped":N,"days":{"2025-01-14":[started,finished,abandoned,holds,not_safe]},
 * "regions":{"2025-01-14":{"calves":3}}}}}}.
 */
final class LogSummaries {

    private static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final System.Logger LOG = System.getLogger(LogSummaries.class.getName());

    private record Known(long size, long modified, ZoneId zone, ActivityStats counts) {
    }

    private final Map<Path, Known> memory = new ConcurrentHashMap<>();

    /** The whole-file counts of a rotated log in {@code zone}: from memory, its summary, or one read of it. */
    ActivityStats counts(Path log, ZoneId zone) throws IOException {
        BasicFileAttributes file = Files.readAttributes(log, BasicFileAttributes.class);
        long size = file.size();
        long modified = file.lastModifiedTime().toMillis();
        Known known = memory.get(log);
        if (known != null && known.size() == size && known.modified() == modified && known.zone().equals(zone)) {
            return known.counts();
        }
        ObjectNode summary = readSummary(log, size, modified);
        ActivityStats counts = fromJson(summary.path("zones").path(zone.getId()), zone);
        if (counts == null) {
            counts = new ActivityStats(zone, null, null);
            counts.read(log);
            writeSummary(log, summary, zone, counts);
        }
        memory.put(log, new Known(size, modified, zone, counts));
        return counts;
    }

    /**
     * Takes counts already made of a file that has just been rotated (the live log's, read to its
     * end), so it need not be read again; only when the file is still {@code size} long.
     */
    void adopt(Path log, ZoneId zone, ActivityStats counts, long size) throws IOException {
        BasicFileAttributes file = Files.readAttributes(log, BasicFileAttributes.class);
        if (file.size() != size) {
            return;
        }
        long modified = file.lastModifiedTime().toMillis();
        writeSummary(log, readSummary(log, size, modified), zone, counts);
        memory.put(log, new Known(size, modified, zone, counts));
    }

    /** Forgets what it kept of files no longer in the folder. */
    void keepOnly(Collection<Path> logs) {
        memory.keySet().retainAll(logs);
    }

    /** The summary of this very file (size and time match), or a fresh one to fill. */
    private static ObjectNode readSummary(Path log, long size, long modified) {
        Path path = LogFiles.summaryOf(log);
        if (Files.isRegularFile(path)) {
            try {
                JsonNode read = JSON.readTree(path.toFile());
                if (read instanceof ObjectNode node && node.path("version").asInt() == VERSION
                        && node.path("log_size").asLong(-1) == size && node.path("log_modified_ms").asLong(-1) == modified
                        && node.path("zones").isObject()) {
                    return node;
                }
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "summary " + path + " is made again: " + e.getMessage());
            }
        }
        ObjectNode fresh = JSON.createObjectNode();
        fresh.put("version", VERSION).put("log_size", size).put("log_modified_ms", modified).putObject("zones");
        return fresh;
    }

    /** Counts from one zone's part of a summary; null when absent or not as written. */
    private static ActivityStats fromJson(JsonNode zoneNode, ZoneId zone) {
        if (!zoneNode.isObject() || !zoneNode.path("days").isObject() || !zoneNode.path("regions").isObject()
                || !zoneNode.path("skipped").canConvertToLong()) {
            return null;
        }
        try {
            Map<LocalDate, int[]> days = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = zoneNode.path("days").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> day = it.next();
                JsonNode columns = day.getValue();
                if (!columns.isArray() || columns.size() != ActivityStats.COLUMNS) {
                    return null;
                }
                int[] c = new int[ActivityStats.COLUMNS];
                for (int i = 0; i < c.length; i++) {
                    if (!columns.get(i).canConvertToInt() || columns.get(i).asInt() < 0) {
                        return null;
                    }
                    c[i] = columns.get(i).asInt();
                }
                days.put(LocalDate.parse(day.getKey()), c);
            }
            Map<LocalDate, Map<String, Integer>> regions = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = zoneNode.path("regions").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> day = it.next();
                Map<String, Integer> byRegion = new TreeMap<>();
                day.getValue().fields().forEachRemaining(r -> byRegion.put(r.getKey(), r.getValue().asInt()));
                regions.put(LocalDate.parse(day.getKey()), byRegion);
            }
            ActivityStats counts = new ActivityStats(zone, null, null);
            counts.restore(days, regions, zoneNode.path("skipped").asLong());
            return counts;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static void writeSummary(Path log, ObjectNode summary, ZoneId zone, ActivityStats counts) {
        ObjectNode node = ((ObjectNode) summary.get("zones")).putObject(zone.getId());
        node.put("skipped", counts.skipped());
        ObjectNode days = node.putObject("days");
        counts.dayCounts().forEach((date, c) -> {
            ArrayNode columns = days.putArray(date.toString());
            for (int n : c) {
                columns.add(n);
            }
        });
        ObjectNode regions = node.putObject("regions");
        counts.regionCounts().forEach((date, byRegion) -> {
            ObjectNode day = regions.putObject(date.toString());
            byRegion.forEach(day::put);
        });
        Path target = LogFiles.summaryOf(log);
        Path temp = null;
        try {
            // Whole or not at all: a summary cut short by a power cut would be read as made.
            temp = Files.createTempFile(log.getParent(), ".summary-", ".tmp");
            JSON.writeValue(temp.toFile(), summary);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "no summary for " + log + ": " + e.getMessage());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.DEBUG, "cannot delete " + temp + ": " + e.getMessage());
                }
            }
        }
    }
}
