package com.rollkiosk.app;

import com.rollkiosk.content.OutOfOrderWords;
import com.rollkiosk.domain.Clock;
import com.rollkiosk.ui.OutOfOrderScreen;
import com.rollkiosk.ui.Scheduler;
import com.rollkiosk.ui.StaffAccess;
import com.rollkiosk.ui.Theme;
import com.rollkiosk.ui.UiExecutor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.awt.EventQueue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The out-of-order window: fullscreen like the kiosk's own, with {@link OutOfOrderScreen} in it,
 * so that whatever keeps the kiosk from starting, a runner never sees the desktop. Made on the
 * first failure, kept up through every retry that fails, and closed once a kiosk that started
 * has its window in front. Used on the event thread only.
 */
final class OutOfOrder {

    /** The window's title, which tells the out-of-order window from the kiosk's among X's windows. */
    static final String TITLE = "RollKiosk: out of order";
    private static final System.Logger LOG = System.getLogger(OutOfOrder.class.getName());

    /**
     * Where the window goes and how staff open it.
     *
     * @param screen            the display's screen, as {@code display.screen}
     * @param cursorHideSeconds as {@code display.cursorHideSeconds}
     * @param access            the staff PIN of the data folder; none set opens nothing
     */
    record Place(boolean windowed, int screen, int cursorHideSeconds, StaffAccess access, Clock clock) {
    }

    private final Runnable retryNow;
    private final Runnable closedByUser;
    private final java.awt.event.WindowAdapter closeBox = new java.awt.event.WindowAdapter() {
        @Override
        public void windowClosed(java.awt.event.WindowEvent e) {
            closedByUser.run();
        }
    };
    private KioskWindow window;
    private OutOfOrderScreen screen;
    private ExecutorService pinChecks;
    private String language;

    /**
     * @param retryNow     asks the start to try again at once; called on the event thread
     * @param closedByUser the windowed mode's close box was used: a desk run ends there
     */
    OutOfOrder(Runnable retryNow, Runnable closedByUser) {
        this.retryNow = retryNow;
        this.closedByUser = closedByUser;
    }

    /**
     * Shows {@code problems} (as {@code check} prints them, the first for staff) in words of
     * {@code language}, or English when the jar has none in it; the window is made the first time.
     */
    void show(Place place, String language, List<String> problems) {
        assert EventQueue.isDispatchThread();
        if (window == null || !language.equals(this.language)) {
            // The new window is up before the old one goes, so nothing behind them shows meanwhile.
            KioskWindow old = window;
            ExecutorService oldChecks = pinChecks;
            open(place, language);
            if (old != null) {
                old.frame().removeWindowListener(closeBox);
                old.dispose();
                oldChecks.shutdownNow();
            }
        }
        screen.setProblems(problems);
        LOG.log(System.Logger.Level.WARNING, "out of order: " + (problems.isEmpty() ? "" : problems.get(0)));
    }

    private void open(Place place, String language) {
        Theme.install();
        this.language = language;
        pinChecks = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "out-of-order-pin");
            t.setDaemon(true);
            return t;
        });
        screen = new OutOfOrderScreen(OutOfOrderWords.of(language), place.access(), place.clock(), Scheduler.swing(),
                pinChecks, UiExecutor.swing(), retryNow);
        window = new KioskWindow(screen, place.windowed(), place.screen(), place.cursorHideSeconds(),
                Scheduler.swing(), () -> { });
        window.frame().setTitle(TITLE);
        window.frame().addWindowListener(closeBox);
        window.show();
    }

    /**
     * The config's {@code language}, read as leniently as can be, since the config may be what is
     * broken: any readable JSON with a language code in it; else English.
     */
    static String language(Path config) {
        JsonNode value = leniently(config).path("language");
        return value.isTextual() && OutOfOrderWords.LANGUAGES.contains(value.asText()) ? value.asText()
                : OutOfOrderWords.FALLBACK;
    }

    /** The config's {@code metrics.listen}, read leniently; null when there is none to read. */
    static String metricsListen(Path config) {
        JsonNode value = leniently(config).path("metrics").path("listen");
        return value.isTextual() ? value.asText() : null;
    }

    /** The config's {@code display.screen}, read leniently; else the first screen. */
    static int screen(Path config) {
        JsonNode value = leniently(config).path("display").path("screen");
        return value.canConvertToInt() && value.asInt() >= 0 ? value.asInt() : 0;
    }

    private static JsonNode leniently(Path config) {
        try {
            JsonNode tree = new ObjectMapper().readTree(Files.readAllBytes(config));
            return tree == null ? MissingNode.getInstance() : tree;
        } catch (IOException | RuntimeException e) {
            return MissingNode.getInstance();
        }
    }

    boolean showing() {
        return window != null;
    }

    /** Takes the window away; the kiosk's own window must be in front already, or the desktop shows. */
    void close() {
        assert EventQueue.isDispatchThread();
        if (window != null) {
            window.frame().removeWindowListener(closeBox);
            window.dispose();
            pinChecks.shutdownNow();
            window = null;
            screen = null;
        }
    }
}
