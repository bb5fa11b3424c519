package com.rollkiosk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Keeps a failure out of a runner's sight: System.Logger output goes to {@code DATA/kiosk0.log},
 * and an uncaught exception on any thread is logged there instead of ending the kiosk (Swing
 * starts a fresh event thread after one dies, so the screens carry on).
 */
final class CrashGuard {

    /** Rotating: kiosk0.log is the newest, up to three files of 1 MB. */
    static final String LOG_FILE = "kiosk%g.log";
    private static final System.Logger LOG = System.getLogger(CrashGuard.class.getName());

    private CrashGuard() {
    }

    static void install(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileHandler file = new FileHandler(dataDir.resolve(LOG_FILE).toString(), 1_000_000, 3, true);
            file.setFormatter(new SimpleFormatter());
            Logger root = Logger.getLogger("");
            root.addHandler(file);
            root.setLevel(Level.INFO);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot log to " + dataDir + ": " + e.getMessage());
        }
        Thread.setDefaultUncaughtExceptionHandler((thread, error) ->
                LOG.log(System.Logger.Level.ERROR, "uncaught on " + thread.getName(), error));
    }
}
