package com.rollkiosk.app;

import com.rollkiosk.config.KioskConfig;
import com.rollkiosk.config.SensorSettings;
import com.rollkiosk.domain.FlowTiming;
import com.rollkiosk.domain.HoldTimer;
import com.rollkiosk.domain.Intensity;
import com.rollkiosk.domain.KioskFlow;
import com.rollkiosk.domain.RoutinePlan;
import com.rollkiosk.domain.Screen;
import com.rollkiosk.domain.SensorStatus;
import com.rollkiosk.domain.Steadiness;
import com.rollkiosk.sensor.ContactListener;
import com.rollkiosk.sensor.ContactTracker;
import com.rollkiosk.sensor.SensorListener;
import com.rollkiosk.sensor.SensorSource;
import com.rollkiosk.sensor.field.BoardEmulator;
import com.rollkiosk.sensor.field.EmulatedClock;
import com.rollkiosk.sensor.field.FieldTimeline;
import com.rollkiosk.sensor.field.PhaseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * One scenario in one line format, end to end: the board emulator on a pty, the kiosk's serial
 * reader on the other end, the contact tracker with the shipped sensor settings and no
 * calibration, and the kiosk's flow wired to it as the kiosk wires it ({@link FlowWiring}), all on
 * the board's clock. Records every contact change and every screen the flow shows.
 */
final class FieldRun implements ContactListener, SensorListener {

    /** The flow's idle timeout off the hold screen: short, so a scenario can end on the idle screen. */
    static final int IDLE_SECONDS = 8;
    private static final long TICK_NANOS = 100_000_000L;

    /** What a run leaves for the suite to judge. */
    record Outcome(FieldTimeline timeline, List<PhaseResult> phases, List<Screen> screens, boolean holdRan,
                   double heldSeconds, List<String> opened) {
    }

    private final EmulatedClock clock;
    private final BoardEmulator board;
    private final KioskFlow flow;
    private final ContactListener wiring;
    private final ContactTracker tracker;
    private final List<Screen> screens = new ArrayList<>();
    private final String boardPort;
    private final List<String> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
    private boolean holdRan;
    private long nextTick = Long.MIN_VALUE;

    /**
     * @param boardPort the board's port, the only one whose opening resets it
     * @param onHold    the flow waits on a hold screen (upper back, 90 s), as if a runner had chosen it
     */
    private FieldRun(EmulatedClock clock, BoardEmulator board, String boardPort, boolean onHold) {
        this.clock = clock;
        this.board = board;
        this.boardPort = boardPort;
        KioskConfig config = KioskConfig.defaults();
        FlowTiming shipped = KioskApp.timing(config);
        // On a hold screen, the shipped idle timeout; elsewhere a short one, so a scenario can end on the idle screen.
        long idle = onHold ? shipped.idleNanos() : IDLE_SECONDS * 1_000_000_000L;
        FlowTiming timing = new FlowTiming(idle, shipped.cardPeriodNanos(),
                shipped.resultNanos(), shipped.switchSideNanos(), shipped.getReadyNanos(), shipped.maximalSeconds(),
                shipped.minimalSeconds(), shipped.counting(), 0, 0);
        this.flow = new KioskFlow(clock, timing, List.of("calves", "upper-back"), e -> { });
        if (onHold) {
            flow.start();
            flow.noneApply();
            flow.chooseRoutine(new RoutinePlan("field", List.of(new RoutinePlan.Entry("upper-back", false))));
            flow.chooseIntensity(Intensity.MINIMAL);
        }
        this.wiring = FlowWiring.to(flow);
        this.tracker = new ContactTracker(ContactTracker.settings(settings(), null), this);
        noteScreen();
    }

    /** The shipped sensor settings: the debounce, silence and reconnect times a gym gets. */
    static SensorSettings settings() {
        return KioskConfig.defaults().sensor();
    }

    /**
     * Plays the board to the end on this thread, with {@code source} (made from the clock) reading
     * it, and judges every phase.
     */
    static Outcome play(EmulatedClock clock, BoardEmulator board, String boardPort, double latencySeconds,
                        BiFunction<EmulatedClock, Consumer<String>, SensorSource> source, boolean onHold)
            throws InterruptedException {
        FieldRun run = new FieldRun(clock, board, boardPort, onHold);
        SensorSource reader = source.apply(clock, run::portOpened);
        reader.start(run);
        FieldTimeline timeline;
        try {
            timeline = board.play();
        } finally {
            reader.stop();
        }
        List<PhaseResult> phases = new ArrayList<>();
        for (int i = 0; i < timeline.phaseCount(); i++) {
            phases.add(timeline.score(i, latencySeconds));
        }
        synchronized (run.flow) {
            double held = run.flow.session() == null ? 0 : run.flow.session().timer().heldNanos() / 1e9;
            return new Outcome(timeline, phases, List.copyOf(run.screens), run.holdRan, held, List.copyOf(run.opened));
        }
    }

    private void noteScreen() {
        Screen now = flow.screen();
        if (screens.isEmpty() || screens.get(screens.size() - 1) != now) {
            screens.add(now);
        }
        if (flow.session() != null && flow.session().timer().state() == HoldTimer.State.RUNNING) {
            holdRan = true;
        }
    }

    // ---- the tracker's side: contact into the timeline and the flow ----

    @Override
    public void contactOn(long tNanos, double value) {
        board.timeline().contact(clock.nanoTime(), true);
        synchronized (flow) {
            wiring.contactOn(tNanos, value);
            noteScreen();
        }
    }

    @Override
    public void contactOff(long tNanos, double value) {
        board.timeline().contact(clock.nanoTime(), false);
        synchronized (flow) {
            wiring.contactOff(tNanos, value);
            noteScreen();
        }
    }

    @Override
    public void steadinessChanged(long tNanos, Steadiness steadiness) {
        synchronized (flow) {
            wiring.steadinessChanged(tNanos, steadiness);
            noteScreen();
        }
    }

    @Override
    public void statusChanged(SensorStatus status, String detail) {
        synchronized (flow) {
            wiring.statusChanged(status, detail);
            noteScreen();
        }
    }

    // ---- the source's side: into the tracker, and the board hears the port open ----

    @Override
    public void onSample(long tNanos, double value) {
        board.readingReceived();
        tracker.onSample(tNanos, value);

        if (tNanos >= nextTick) {
            nextTick = tNanos + TICK_NANOS;
            synchronized (flow) {
                flow.tick();
                noteScreen();
            }
        }
    }

    @Override
    public void onInfo(String line) {
        tracker.onInfo(line);
    }

    @Override
    public void onGarbage() {
        tracker.onGarbage();
    }

    @Override
    public void onUnreadable(String exampleLine) {
        board.timeline().link(clock.nanoTime(), "unreadable: " + exampleLine);
        tracker.onUnreadable(exampleLine);
    }

    @Override
    public void onConnected(String port) {
        board.timeline().link(clock.nanoTime(), port.equals(boardPort) ? FieldTimeline.CONNECTED : "connected to " + port);
        tracker.onConnected(port);
        if (port.equals(boardPort)) {
            board.kioskReading(true);
        }
    }

    /** The source opened {@code port}, to read it or only to listen whether it is the roller: the board resets. */
    private void portOpened(String port) {
        opened.add(port);
        if (port.equals(boardPort)) {
            board.kioskReading(true);
            board.portOpened();
        }
    }

    @Override
    public void onDisconnected(String reason) {
        board.kioskReading(false);
        board.timeline().link(clock.nanoTime(), reason);
        tracker.onDisconnected(reason);
    }

    @Override
    public void onReconnecting(long delayMs) {
        tracker.onReconnecting(delayMs);
    }

    @Override
    public void onFinished(String reason) {
        tracker.onFinished(reason);
    }
}
