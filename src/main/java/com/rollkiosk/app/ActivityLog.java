package com.rollkiosk.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rollkiosk.domain.KioskEvent;
import com.rollkiosk.domain.Step;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The activity log: one JSON object per line in {@code DATA/activity.jsonl}, each flushed as it is
 * written so a power cut loses nothing already shown. Staff statistics and outside checks read
 * it, so event and key names are a contract. Appends are small and synchronous, from one lock.
 */
final class ActivityLog implements Closeable {

    static final String FILE = "activity.jsonl";
    private static final System.Logger LOG = System.getLogger(ActivityLog.class.getName());

    private final ObjectMapper json = new ObjectMapper();
    private final BufferedWriter out;
    private boolean failed;

    ActivityLog(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        out = Files.newBufferedWriter(dataDir.resolve(FILE), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** The log files in {@code dataDir}, oldest first; none when nothing was logged there yet. */
    static List<Path> files(Path dataDir) {
        Path current = dataDir.resolve(FILE);
        return Files.isRegularFile(current) ? List.of(current) : List.of();
    }

    /** The first frame is on screen, this long after the JVM started. */
    void firstFrame(long msSinceStart) {
        ObjectNode line = line("first_frame");
        line.put("ms_since_start", msSinceStart);
        write(line);
    }

    void record(KioskEvent event) {
        write(toLine(event));
    }

    private ObjectNode toLine(KioskEvent event) {
        if (event instanceof KioskEvent.ScreenChanged e) {
            return line("screen").put("screen", lower(e.to()));
        } else if (event instanceof KioskEvent.AttractCardShown e) {
            return line("attract_card").put("index", e.index()).put("region", e.regionId());
        } else if (event instanceof KioskEvent.SessionStarted e) {
            return line("session_start").put("routine", e.routineId())
                    .put("intensity", lower(e.intensity())).put("steps", e.steps());
        } else if (event instanceof KioskEvent.HoldStarted e) {
            return step(line("hold_start"), e.step()).put("target_s", e.targetSeconds()).put("resumed", e.resumed());
        } else if (event instanceof KioskEvent.HoldPaused e) {
            return step(line("hold_pause"), e.step()).put("held_ms", e.heldMillis());
        } else if (event instanceof KioskEvent.HoldCompleted e) {
            return step(line("hold_complete"), e.step()).put("target_s", e.targetSeconds());
        } else if (event instanceof KioskEvent.HoldSkipped e) {
            return step(line("hold_skip"), e.step()).put("held_ms", e.heldMillis());
        } else if (event instanceof KioskEvent.SessionEnded e) {
            return line("session_end").put("routine", e.routineId()).put("outcome", lower(e.outcome()))
                    .put("completed", e.completedSteps()).put("total", e.totalSteps());
        }
        throw new IllegalArgumentException("no log line for " + event);
    }

    private ObjectNode line(String event) {
        ObjectNode line = json.createObjectNode();
        line.put("t", Instant.now().toString());
        line.put("event", event);
        return line;
    }

    private static ObjectNode step(ObjectNode line, Step step) {
        return line.put("region", step.regionId()).put("side", lower(step.side()));
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private synchronized void write(ObjectNode line) {
        try {
            out.write(json.writeValueAsString(line));
            out.newLine();
            out.flush();
            failed = false;
        } catch (IOException e) {
            if (!failed) {
                // Logged once per run of failures: a full disk must not flood the log or stop the kiosk.
                LOG.log(System.Logger.Level.ERROR, "cannot write the activity log", e);
                failed = true;
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
