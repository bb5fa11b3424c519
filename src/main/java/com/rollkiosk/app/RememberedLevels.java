package com.rollkiosk.app;

import com.rollkiosk.config.RollerLevelsFiles;
import com.rollkiosk.config.SavedLevels;
import com.rollkiosk.domain.RollerLevels;
import com.rollkiosk.json.InvalidFilesException;
import com.rollkiosk.sensor.LevelsMemory;
import com.rollkiosk.sensor.SensorSource;
import com.rollkiosk.sensor.SerialSource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The roller's empty levels kept in the data folder ({@code roller-levels.json}), so a restart or a
 * replug starts from them at once. Read once at start; a file that makes no sense is reported
 * through {@code log} with its place and the roller learns afresh. Saved atomically on a thread of
 * its own, so the source's thread never waits on a disk; a folder that cannot be written leaves the
 * roller working and is said by {@link #failure()}.
 */
final class RememberedLevels implements LevelsMemory, AutoCloseable {

    private final Path file;
    private final Consumer<String> log;
    private final ExecutorService saver = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rollkiosk-levels");
        t.setDaemon(true);
        return t;
    });
    private volatile RollerLevels current;
    private volatile String failure;

    /**
     * The memory for {@code source}: the data folder's for a serial roller; none for a simulated or
     * replayed one, whose levels belong to no roller.
     */
    static LevelsMemory forSource(SensorSource source, Path dataDir, Consumer<String> log) {
        return source instanceof SerialSource ? new RememberedLevels(dataDir, log) : LevelsMemory.NONE;
    }

    RememberedLevels(Path dataDir, Consumer<String> log) {
        this.file = RollerLevelsFiles.in(dataDir);
        this.log = log;
        try {
            current = RollerLevelsFiles.load(file).map(SavedLevels::toLevels).orElse(null);
        } catch (InvalidFilesException e) {
            e.problems().forEach(p -> log.accept(p + " (the roller learns its empty level afresh)"));
        } catch (RuntimeException e) {
            log.accept(file + ": cannot be read (" + e.getMessage() + "); the roller learns its empty level afresh");
        }
    }

    @Override
    public RollerLevels recall() {
        return current;
    }

    @Override
    public void remember(RollerLevels levels) {
        current = levels;
        saver.execute(() -> save(levels));
    }

    /** Why the levels cannot be kept, or null while they can. */
    String failure() {
        return failure;
    }

    private void save(RollerLevels levels) {
        try {
            RollerLevelsFiles.save(file, SavedLevels.of(levels, Instant.now().toString()));
            if (failure != null) {
                log.accept(file + ": saved again");
            }
            failure = null;
        } catch (IOException | RuntimeException e) {
            String reason = String.valueOf(e.getMessage());
            if (!reason.equals(failure)) {
                log.accept(file + ": cannot remember the roller's empty level: " + reason);
            }
            failure = reason;
        }
    }

    @Override
    public void close() {
        saver.shutdown();
    }
}
