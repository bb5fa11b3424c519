package com.rollkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.domain.Clock;
import com.rollkiosk.domain.FakeClock;
import com.rollkiosk.domain.FlowTiming;
import com.rollkiosk.domain.KioskFlow;
import com.rollkiosk.domain.Screen;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.swing.JFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A failure inside the screens' 200 ms tick is logged once and sends the kiosk back to the idle
 * screen once. It never reaches the event thread: there a Swing timer whose action throws never
 * fires again (its coalescing flag is left set), so the screen froze where it was, idle timeout and
 * all. The failure is a clock that throws when told to, as any bug under {@code tick()} would.
 */
@Timeout(30)
class TickFailureWindowTest {

    private final FakeClock time = new FakeClock();
    /** Clock reads left that throw; negative: every read throws. */
    private final AtomicInteger failReads = new AtomicInteger();
    private final AtomicInteger thrown = new AtomicInteger();
    private final Clock clock = () -> {
        if (failReads.get() != 0) {
            failReads.decrementAndGet();
            thrown.incrementAndGet();
            throw new IllegalStateException("clock broke");
        }
        return time.nanoTime();
    };
    private final AtomicInteger logged = new AtomicInteger();
    private final AtomicInteger uncaught = new AtomicInteger();
    private final Handler counting = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getThrown() != null) {
                logged.incrementAndGet();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger uiLog = Logger.getLogger(KioskUi.class.getName());
    private Thread.UncaughtExceptionHandler before;
    private KioskFlow flow;
    private KioskUi ui;
    private JFrame frame;

    @BeforeEach
    void show() throws Exception {
        uiLog.addHandler(counting);
        before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.incrementAndGet());
        var a = Fixture.CONFIG.attract();
        var h = Fixture.CONFIG.hold();
        FlowTiming timing = FlowTiming.ofSeconds(a.idleTimeoutSeconds(), a.cardPeriodSeconds(), a.finishedSeconds(),
                h.switchSideSeconds(), h.getReadySeconds(), h.maximalSeconds(), h.minimalSeconds()).withoutTapGuard();
        Edt.call(() -> {
            Theme.install();
            flow = new KioskFlow(clock, timing, List.of("calves"), e -> { });
            ui = new KioskUi(flow, Fixture.LANGUAGES, Fixture.CONFIG, clock, Fixture.illustrations(), new RecordingCues(),
                    Scheduler.swing());
            frame = new JFrame("tick failure");
            frame.setUndecorated(true);
            frame.setContentPane(ui.root());
            frame.setBounds(0, 0, 1280, 800);
            frame.setVisible(true);
            ui.start();
            flow.start();
            return null;
        });
        awaitOnEdt(() -> ui.showing() == Screen.CONTRAINDICATIONS);
    }

    @AfterEach
    void close() throws Exception {
        failReads.set(0);
        Edt.call(() -> {
            ui.stop();
            frame.dispose();
            return null;
        });
        Thread.setDefaultUncaughtExceptionHandler(before);
        uiLog.removeHandler(counting);
    }

    @Test
    void aTickThatFailsIsLoggedOnceAndTheKioskGoesBackToTheIdleScreen() throws Exception {
        Edt.call(() -> {
            failReads.set(1);
            return null;
        });

        awaitOnEdt(() -> ui.showing() == Screen.ATTRACT);

        assertThat(thrown).hasValue(1);
        assertThat(logged).as("failures logged").hasValue(1);
        assertThat(uncaught).as("failures thrown to the event thread").hasValue(0);
    }

    @Test
    void aTickThatKeepsFailingIsLoggedOnceNotFiveTimesASecond() throws Exception {
        failReads.set(-1);

        awaitOnEdt(() -> thrown.get() >= 6);

        // The failure, and the recovery that failed on the same broken clock: once each.
        assertThat(logged).as("failures logged over %d failed ticks", thrown.get()).hasValueLessThanOrEqualTo(2);
        assertThat(uncaught).as("failures thrown to the event thread").hasValue(0);
    }

    private static void awaitOnEdt(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!Edt.call(condition)) {
            assertThat(System.nanoTime()).as("condition within 5 s").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
