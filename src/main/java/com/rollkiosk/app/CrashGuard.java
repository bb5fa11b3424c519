package com.rollkiosk.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * Keeps a failure out of a runner's sight: System.Logger output goes to {@code DATA/kiosk0.log},
 * and an uncaught exception on any thread is logged there instead of ending the kiosk (Swing
 * starts a fresh event thread after one dies, so the screens carry on).
 */
final class CrashGuard {

    /** Rotating at every start and at 1 MB: kiosk0.log is the newest, three files at most. */
    static final String LOG_FILE = "kiosk%g.log";
    private static final System.Logger LOG = System.getLogger(CrashGuard.class.getName());

    private CrashGuard() {
    }

    /**
     * Starts a fresh kiosk0.log (the last two runs' logs move to kiosk1.log and kiosk2.log) whose
     * first line is {@code firstLine}: which files this run uses.
     */
    static void install(Path dataDir, String firstLine) {
        Logger root = Logger.getLogger("");
        try {
            Files.createDirectories(dataDir);
            FileHandler file = new FileHandler(dataDir.resolve(LOG_FILE).toString(), 1_000_000, 3, false);
            file.setFormatter(new OneLine());
            root.addHandler(file);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot log to " + dataDir + ": " + e.getMessage());
        }
        root.setLevel(Level.INFO);
        LOG.log(System.Logger.Level.INFO, firstLine);
        Thread.setDefaultUncaughtExceptionHandler((thread, error) ->
                LOG.log(System.Logger.Level.ERROR, "uncaught on " + thread.getName(), error));
    }

    /** One line a record (a stack trace below it), so "the first line" of the log is one record. */
    private static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder line = new StringBuilder().append(r.getInstant()).append(' ').append(r.getLevel())
                    .append(' ').append(r.getLoggerName()).append(": ").append(formatMessage(r))
                    .append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
