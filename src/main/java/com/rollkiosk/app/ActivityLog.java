package com.rollkiosk.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rollkiosk.domain.KioskEvent;
import com.rollkiosk.domain.Step;

import java.io.Closeable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The activity log: one JSON object per line in {@code DATA/activity.jsonl}, rotated by size
 * (see {@link RotatingLog}). Staff statistics and outside checks read it, so event and key names
 * are a contract. Lines are written by a background thread: the event thread only queues them.
 * A log that cannot be written (full disk, read-only folder) never stops the kiosk; {@link
 * #failure()} says since when and why, for staff diagnostics.
 */
final class ActivityLog implements Closeable {

    static final String FILE = "activity.jsonl";
    private static final String NAME = "activity";
    /** 30 files of 8 MB: about eight months at the default card period, 240 MB at the most. */
    static final long ROTATE_BYTES = 8L << 20;
    static final int KEEP_ROTATED = 30;

    private final ObjectMapper json = new ObjectMapper();
    private final RotatingLog out;
    private final Thread closeOnExit = new Thread(this::close, "activity-log-close");

    ActivityLog(Path dataDir) {
        this(dataDir, ROTATE_BYTES, KEEP_ROTATED);
    }

    ActivityLog(Path dataDir, long rotateBytes, int keepRotated) {
        out = new RotatingLog(dataDir, NAME, rotateBytes, keepRotated);
        // systemctl stop is a normal end too: the lines queued by then reach the disk.
        Runtime.getRuntime().addShutdownHook(closeOnExit);
    }

    /** The log files in {@code dataDir}, rotated ones first, oldest first; none when nothing was logged there. */
    static List<Path> files(Path dataDir) {
        return RotatingLog.files(dataDir, NAME);
    }

    /** Empty while the log is written; else since when it is not, why, and how many lines were lost. */
    Optional<RotatingLog.Failure> failure() {
        return out.failure();
    }

    /** Lines dropped since the start, for metrics: a counter that never goes back, unlike {@link #failure()}. */
    long linesLost() {
        return out.linesLost();
    }

    /** Waits until every line recorded so far is written; for tests. */
    void awaitWritten() throws InterruptedException {
        out.awaitWritten();
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
            ObjectNode line = step(line("hold_complete"), e.step()).put("target_s", e.targetSeconds());
            // Null without a sensor: nothing was measured, and 0 would claim the hold was all rolling.
            return e.steadyPercent() == null ? line.putNull("steady_pct") : line.put("steady_pct", e.steadyPercent());
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

    private void write(ObjectNode line) {
        out.append(line.toString());
    }

    /** Writes every line recorded so far, then closes the file. */
    @Override
    public void close() {
        try {
            out.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(closeOnExit);
        } catch (IllegalStateException e) {
            // already shutting down: the hook is what called close
        }
    }
}
