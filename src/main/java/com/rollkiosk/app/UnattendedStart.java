package com.rollkiosk.app;

import com.rollkiosk.json.InvalidFilesException;
import com.rollkiosk.json.Problem;

import javax.swing.SwingUtilities;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Starts the kiosk so that whatever fails, a runner never sees the desktop. Files that do not
 * load, or a throw while the window is built, put the out-of-order screen up ({@link OutOfOrder})
 * and the start is tried again when the config or content files change, every minute, or when
 * staff ask from that screen; once a try starts, the kiosk swaps in without a restart. Should the
 * event thread itself hang, so that no screen can be shown, the start gives up with
 * {@link #HUNG} for systemd to restart the kiosk: never a JVM left running with no window.
 */
final class UnattendedStart {

    /** The exit code when the event thread does not answer: systemd restarts the kiosk. */
    static final int HUNG = 1;
    /** Seconds between tries while out of order; a system property so tests can wait less. */
    static final String RETRY_SECONDS = "rollkiosk.retrySeconds";
    static final long DEFAULT_RETRY_SECONDS = 60;
    /** How often the files are looked at for a change while out of order. */
    static final long FILES_POLL_MS = 1_000;
    /** How long a window may take to build and show before the event thread counts as hung. */
    static final long START_DEADLINE_SECONDS = 90;
    /** A system property in place of {@link #START_DEADLINE_SECONDS}, so a test need not wait that long. */
    static final String START_DEADLINE = "rollkiosk.startDeadlineSeconds";

    private static final System.Logger LOG = System.getLogger(UnattendedStart.class.getName());

    /** One try at the kiosk: its settings read and checked, or the files' problems. */
    interface Attempt {
        KioskApp.Settings settings() throws InvalidFilesException;
    }

    /** Builds a kiosk from settings; failures while building go to {@code failed}, on the event thread. */
    interface Launcher {
        KioskApp launch(KioskApp.Settings settings, java.util.function.Consumer<Throwable> failed);
    }

    private final Attempt attempt;
    private final Launcher launcher;
    private final Supplier<OutOfOrder.Place> place;
    private final Supplier<String> language;
    private final FilesWatch files;
    private final long retryMs;
    private final long deadlineSeconds = Long.getLong(START_DEADLINE, START_DEADLINE_SECONDS);
    private final Semaphore retryNow = new Semaphore(0);
    private final OutOfOrder outOfOrder = new OutOfOrder(retryNow::release, this::closedByUser);
    private volatile boolean closedByUser;
    private volatile List<String> problems = List.of();
    private Supplier<String> metricsListen = () -> null;
    private OutOfOrderMetrics metrics;

    /**
     * @param place    where the out-of-order window goes and the staff PIN, from what could be read
     * @param language the configured language, read leniently: the config may be what is broken
     * @param watched  the config file and the content folder, looked at for changes
     */
    UnattendedStart(Attempt attempt, Launcher launcher, Supplier<OutOfOrder.Place> place, Supplier<String> language,
                    List<Path> watched) {
        this.attempt = attempt;
        this.launcher = launcher;
        this.place = place;
        this.language = language;
        this.files = new FilesWatch(watched);
        this.retryMs = TimeUnit.SECONDS.toMillis(Long.getLong(RETRY_SECONDS, DEFAULT_RETRY_SECONDS));
    }

    /** Whether the out-of-order screen is up; for diagnostics and metrics. */
    boolean outOfOrder() {
        return !problems.isEmpty();
    }

    /** What keeps the kiosk from starting, as {@code check} prints it; empty while it runs. */
    List<String> problems() {
        return problems;
    }

    /**
     * Runs the kiosk until its window is closed (windowed mode), trying again for as long as it
     * fails; {@link Cli#BAD_INPUT} when a desk run's out-of-order window is closed.
     */
    int run() throws InterruptedException {
        while (true) {
            String fingerprint = files.fingerprint();
            List<String> failed;
            try {
                stopMetrics();
                KioskApp app = launcher.launch(attempt.settings(), this::showOnEventThread);
                app.metrics().outOfOrder(this::outOfOrder);
                failed = awaitStart(app);
                if (failed == null) {
                    problems = List.of();
                    SwingUtilities.invokeLater(outOfOrder::close);
                    app.awaitClosed();
                    return Cli.OK;
                }
                if (!app.awaitClosed(deadlineSeconds, TimeUnit.SECONDS)) {
                    LOG.log(System.Logger.Level.ERROR, "the kiosk that failed did not close: exiting for a restart");
                    return HUNG;
                }
            } catch (InvalidFilesException e) {
                failed = e.problems().stream().map(Problem::toString).toList();
                show(failed);
            } catch (RuntimeException | Error e) {
                failed = List.of(describe(e));
                show(failed);
            } catch (TimeoutException e) {
                LOG.log(System.Logger.Level.ERROR, "the window did not show within " + deadlineSeconds
                        + " s: the event thread hangs; exiting for a restart");
                return HUNG;
            }
            if (!awaitShown()) {
                return HUNG;
            }
            serveMetrics();
            awaitReason(fingerprint);
            if (closedByUser) {
                return Cli.BAD_INPUT;
            }
        }
    }

    /** Where a chain's Prometheus reads {@code rollkiosk_out_of_order} while the kiosk cannot start; null for nowhere. */
    void metricsAt(Supplier<String> listen) {
        metricsListen = listen;
    }

    private void serveMetrics() {
        String listen = metricsListen.get();
        if (listen == null || listen.isBlank()) {
            return;
        }
        if (metrics == null) {
            metrics = new OutOfOrderMetrics();
        }
        metrics.serve(listen);
    }

    /** Before each try: the kiosk's own endpoint takes the address. */
    private void stopMetrics() {
        if (metrics != null) {
            metrics.stop();
        }
    }

    private void closedByUser() {
        closedByUser = true;
        retryNow.release();
    }

    /** Null once the kiosk's first frame is up; else what failed (the out-of-order screen already shows it). */
    private List<String> awaitStart(KioskApp app) throws InterruptedException, TimeoutException {
        CompletableFuture<Void> started = app.started();
        try {
            started.get(deadlineSeconds, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return List.of(describe(e.getCause()));
        }
    }

    private void show(List<String> lines) {
        problems = lines;
        SwingUtilities.invokeLater(() -> outOfOrder.show(place.get(), language.get(), lines));
    }

    /** Called on the event thread by a kiosk that failed while building, before its own window goes. */
    private void showOnEventThread(Throwable failure) {
        List<String> lines = List.of(describe(failure));
        problems = lines;
        outOfOrder.show(place.get(), language.get(), lines);
    }

    /** Whether the out-of-order window came up in time; if not, the event thread hangs. */
    private boolean awaitShown() throws InterruptedException {
        CompletableFuture<Boolean> shown = new CompletableFuture<>();
        SwingUtilities.invokeLater(() -> shown.complete(outOfOrder.showing()));
        try {
            return shown.get(deadlineSeconds, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(System.Logger.Level.ERROR, "the out-of-order screen did not show: exiting for a restart");
            return false;
        }
    }

    /** Waits until the watched files change, the retry interval passes, or staff ask to try again. */
    private void awaitReason(String fingerprint) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(retryMs);
        retryNow.drainPermits();
        while (System.nanoTime() < deadline) {
            long waitMs = Math.min(FILES_POLL_MS, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
            if (retryNow.tryAcquire(Math.max(1, waitMs), TimeUnit.MILLISECONDS)) {
                return;
            }
            if (!files.fingerprint().equals(fingerprint)) {
                LOG.log(System.Logger.Level.INFO, "files changed: trying to start again");
                return;
            }
        }
    }

    /**
     * A throw as one line for staff: what it was and where, the place in the kiosk's own code
     * nearest the throw, much as {@code check} names a file and place.
     */
    static String describe(Throwable e) {
        StackTraceElement at = null;
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("com.rollkiosk.")) {
                at = frame;
                break;
            }
        }
        String where = at == null ? (e.getStackTrace().length > 0 ? e.getStackTrace()[0].toString() : "?")
                : at.getFileName() + ":" + at.getLineNumber();
        return where + ": " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
