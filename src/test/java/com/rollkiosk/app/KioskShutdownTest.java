package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rollkiosk.domain.Screen;
import com.rollkiosk.sensor.SensorListener;
import com.rollkiosk.sensor.SensorSource;
import com.rollkiosk.ui.Edt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing the kiosk is ordered and happens once: the screens and the window go, the sensor stops
 * (never on the event thread), what they queued runs, and only then does the log close.
 */
@Timeout(30)
class KioskShutdownTest {

    @TempDir
    Path data;

    /** Counts starts and stops; a stop may be made to hang, as a reader stuck in a read would. */
    static final class ScriptedSource implements SensorSource {
        final AtomicInteger starts = new AtomicInteger();
        final AtomicInteger stops = new AtomicInteger();
        /** Counted down as a stop begins, on whatever thread calls it. */
        final CountDownLatch stopping = new CountDownLatch(1);
        final CountDownLatch stopMayReturn = new CountDownLatch(1);
        final CountDownLatch started = new CountDownLatch(1);
        volatile boolean hangOnStop;

        @Override
        public void start(SensorListener listener) {
            starts.incrementAndGet();
            started.countDown();
        }

        @Override
        public void stop() {
            stops.incrementAndGet();
            stopping.countDown();
            if (hangOnStop) {
                try {
                    stopMayReturn.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public String describe() {
            return "scripted";
        }
    }

    private final ScriptedSource source = new ScriptedSource();

    private KioskApp launch() throws Exception {
        KioskApp.Settings s = new KioskCommand().settings(new String[] {"--windowed", "--data", data.toString()});
        return KioskApp.launch(new KioskApp.Settings(s.windowed(), source, s.config(), s.content(), s.files(), s.clock()));
    }

    private static void awaitAttract(KioskApp app) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Edt.call(() -> app.ui() != null && app.ui().showing() == Screen.ATTRACT)) {
            assertThat(System.nanoTime()).as("attract screen within 10 s").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    /** Holds the event thread until the latch opens, so a test can line work up behind it. */
    private static CountDownLatch blockEventThread() {
        CountDownLatch open = new CountDownLatch(1);
        SwingUtilities.invokeLater(() -> {
            try {
                open.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return open;
    }

    @Test
    void whatWasQueuedOnTheEventThreadBeforeCloseStillReachesTheLog() throws Exception {
        KioskApp app = launch();
        awaitAttract(app);
        // A tap in the first moment of a screen presses nothing; this one comes after it, as a person's would.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (Edt.call(() -> app.flow().nanosUntilTapsCount()) > 0) {
            assertThat(System.nanoTime()).as("the idle screen takes taps within 10 s").isLessThan(deadline);
            Thread.onSpinWait();
        }
        CountDownLatch open = blockEventThread();
        SwingUtilities.invokeLater(() -> app.flow().start());

        app.requestClose();
        app.requestClose();
        open.countDown();
        app.awaitClosed();

        assertThat(screensLogged()).as("the touch queued before close").contains("contraindications");
        assertThat(source.stops).as("closed twice, stopped once").hasValue(1);
    }

    @Test
    void aSensorStartQueuedBehindACloseNeverStarts() throws Exception {
        CountDownLatch open = blockEventThread();
        KioskApp app = launch();

        app.requestClose();
        open.countDown();
        app.awaitClosed();
        Edt.call(() -> null);
        Edt.call(() -> null);

        assertThat(source.starts).as("sensor starts after close").hasValue(0);
    }

    @Test
    void closingTheWindowDoesNotHoldTheEventThreadWhileTheSensorStops() throws Exception {
        KioskApp app = launch();
        awaitAttract(app);
        assertThat(source.started.await(10, TimeUnit.SECONDS)).isTrue();
        source.hangOnStop = true;
        try {
            Edt.call(() -> {
                app.window().frame().dispose();
                return null;
            });
            long start = System.nanoTime();
            CompletableFuture<Void> roundTrip = CompletableFuture.runAsync(() -> {
                try {
                    Edt.call(() -> null);
                    Edt.call(() -> null);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            roundTrip.get(5, TimeUnit.SECONDS);
            long ms = (System.nanoTime() - start) / 1_000_000L;

            assertThat(ms).as("ms the event thread took to answer while the sensor was stopping").isLessThan(500);
            // The stop runs on a thread of its own, which a loaded machine may start after the round trip.
            assertThat(source.stopping.await(5, TimeUnit.SECONDS)).as("the sensor was told to stop").isTrue();
            assertThat(source.stops).hasValue(1);
        } finally {
            source.stopMayReturn.countDown();
        }
        app.awaitClosed();
    }

    private List<String> screensLogged() throws Exception {
        ObjectMapper json = new ObjectMapper();
        return Files.readAllLines(data.resolve(ActivityLog.FILE)).stream().map(line -> {
            try {
                return json.readTree(line);
            } catch (Exception e) {
                throw new AssertionError(line, e);
            }
        }).filter(n -> n.path("event").asText().equals("screen")).map(n -> n.path("screen").asText()).toList();
    }
}
