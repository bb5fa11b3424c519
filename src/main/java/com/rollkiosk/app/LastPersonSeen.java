package com.rollkiosk.app;

import com.rollkiosk.json.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When the roller last saw a person, remembered across restarts in {@code DATA/roller-last-person}
 * (one UTC instant), so "nobody for a day" is not reset by a kiosk that restarts every night. A
 * kiosk that never saw anyone counts from its first start: a roller dead from day one is noticed
 * too. A missing or broken file starts the count now. Saved off the sensor's and the event
 * thread, at most once a minute: a power cut loses a minute of a day-long measure.
 */
final class LastPersonSeen implements AutoCloseable {

    static final String FILE = "roller-last-person";
    static final long SAVE_EVERY_MS = 60_000;

    private static final System.Logger LOG = System.getLogger(LastPersonSeen.class.getName());

    private final Path file;
    private final Clock wall;
    private final AtomicLong lastMillis;
    private final AtomicLong savedMillis = new AtomicLong(Long.MIN_VALUE);
    private final Object saving = new Object();

    private LastPersonSeen(Path file, Clock wall, long lastMillis) {
        this.file = file;
        this.wall = wall;
        this.lastMillis = new AtomicLong(lastMillis);
    }

    /** Reads the remembered time; without one (or a broken one), counts from now and saves that. */
    static LastPersonSeen open(Path dataDir, Clock wall) {
        Path file = dataDir.resolve(FILE);
        try {
            long remembered = Instant.parse(Files.readString(file, StandardCharsets.UTF_8).strip()).toEpochMilli();
            LastPersonSeen seen = new LastPersonSeen(file, wall, Math.min(remembered, wall.millis()));
            seen.savedMillis.set(remembered);
            return seen;
        } catch (NoSuchFileException e) {
            // never seen anyone: from now on
        } catch (IOException | DateTimeParseException e) {
            LOG.log(System.Logger.Level.WARNING, file + ": not a time (" + e.getMessage() + "); counting from now");
        }
        LastPersonSeen seen = new LastPersonSeen(file, wall, wall.millis());
        seen.saveInBackground();
        return seen;
    }

    /** Someone is on the roller now. Quick and never blocks: any thread. */
    void seen() {
        long now = wall.millis();
        lastMillis.set(now);
        if (now - savedMillis.get() >= SAVE_EVERY_MS) {
            saveInBackground();
        }
    }

    /** Seconds since the roller last saw a person; 0 while {@code onNow}. */
    double secondsSince(boolean onNow) {
        return onNow ? 0 : Math.max(0, wall.millis() - lastMillis.get()) / 1000.0;
    }

    Instant last() {
        return Instant.ofEpochMilli(lastMillis.get());
    }

    private void saveInBackground() {
        Thread t = new Thread(this::save, "last-person-save");
        t.setDaemon(true);
        t.start();
    }

    /** Writes the time if it moved since the last write; atomically, so a cut leaves the old one or the new. */
    void save() {
        synchronized (saving) {
            long last = lastMillis.get();
            if (last == savedMillis.get()) {
                return;
            }
            try {
                Files.createDirectories(file.getParent());
                AtomicFiles.writeWithoutBackup(file, (Instant.ofEpochMilli(last) + "\n").getBytes(StandardCharsets.UTF_8));
                savedMillis.set(last);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot save " + file + ": " + e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        save();
    }
}
