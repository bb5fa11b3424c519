package com.rollkiosk.ui;

import com.rollkiosk.config.KioskConfig;
import com.rollkiosk.content.Languages;
import com.rollkiosk.domain.Clock;
import com.rollkiosk.domain.FlowTiming;
import com.rollkiosk.domain.HoldTimer;
import com.rollkiosk.domain.Intensity;
import com.rollkiosk.domain.KioskFlow;
import com.rollkiosk.domain.RollerState;
import com.rollkiosk.domain.RoutineSession;
import com.rollkiosk.domain.SensorStatus;
import com.rollkiosk.domain.Steadiness;

import javax.swing.JComponent;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every screen in each of its states, drawn into images with no window and no display: the
 * kiosk's own screens, walked through a routine by touch on a clock that moves only here. What
 * {@code preview} saves for content editors, and what layout tests measure.
 */
public final class Screenshots {

    /** @param name the screen and its state, e.g. {@code hold-running} */
    public record Shot(String name, BufferedImage image) {
    }

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final Clock clock = nanos::get;
    private final KioskFlow flow;
    private final KioskUi ui;
    private final java.util.function.BiConsumer<String, JComponent> atEachState;

    private Screenshots(Languages languages, KioskConfig config, Illustrations illustrations, int width, int height,
                        java.util.function.BiConsumer<String, JComponent> atEachState) {
        this.atEachState = atEachState;
        var a = config.attract();
        var h = config.hold();
        FlowTiming timing = FlowTiming.ofSeconds(a.idleTimeoutSeconds(), a.cardPeriodSeconds(), a.finishedSeconds(),
                h.switchSideSeconds(), h.getReadySeconds(), h.maximalSeconds(), h.minimalSeconds())
                // The walk taps through the screens at instants of its own clock; nobody reads them.
                .withoutTapGuard();
        flow = new KioskFlow(clock, timing, languages.first().regions().stream().map(r -> r.id()).toList(), e -> { });
        ui = new KioskUi(flow, languages, config, clock, illustrations, Cues.silent(), Scheduler.swing());
        ui.root().setSize(width, height);
        ui.fitTo(new Dimension(width, height));
    }

    /**
     * Every screen and state, in the order a runner meets them. Call on the event thread with the
     * look and feel installed ({@link Theme#install()}).
     *
     * @param languages the content, the language to draw first
     */
    public static List<Shot> take(Languages languages, KioskConfig config, Illustrations illustrations,
                                  int width, int height) {
        List<Shot> shots = new ArrayList<>();
        walk(languages, config, illustrations, width, height, (name, root) -> {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            root.printAll(g);
            g.dispose();
            shots.add(new Shot(name, image));
        });
        return List.copyOf(shots);
    }

    /**
     * Walks the screens as {@link #take} does, laid out and up to date at each state, and hands
     * each to {@code atEachState} with its name: for tests that measure what is on screen.
     */
    static void walk(Languages languages, KioskConfig config, Illustrations illustrations, int width, int height,
                     java.util.function.BiConsumer<String, JComponent> atEachState) {
        walk(languages, config, illustrations, width, height, null, atEachState);
    }

    /** @param corner a control for the status strip, as the development run adds one; null for none */
    static void walk(Languages languages, KioskConfig config, Illustrations illustrations, int width, int height,
                     JComponent corner, java.util.function.BiConsumer<String, JComponent> atEachState) {
        assert EventQueue.isDispatchThread();
        Screenshots s = new Screenshots(languages, config, illustrations, width, height, atEachState);
        if (corner != null) {
            s.ui.setCornerControl(corner);
        }
        s.walk(config.hold().warningSeconds());
        Screenshots sensor = new Screenshots(languages, config, illustrations, width, height, atEachState);
        if (corner != null) {
            sensor.ui.setCornerControl(corner);
        }
        sensor.coaching();
    }

    private void walk(int warningSeconds) {
        later(1_000);
        shot("idle");
        act(KioskFlow::start);
        shot("safety-list");
        act(KioskFlow::oneApplies);
        shot("not-safe");
        act(KioskFlow::dismiss);
        act(KioskFlow::start);
        act(KioskFlow::noneApply);
        shot("routine");
        RoutinePresenter routines = new RoutinePresenter(ui.kiosk());
        act(f -> f.chooseRoutine(routines.plan(routines.firstTile())));
        shot("intensity");
        act(f -> f.chooseIntensity(Intensity.MAXIMAL));
        holdStates(warningSeconds);
        act(KioskFlow::endRoutine);
        shot("end-question");
        act(KioskFlow::confirmEnd);
        later(1_000);
        shot("finished");
        act(KioskFlow::dismiss);
        act(KioskFlow::start);
        act(KioskFlow::noneApply);
        act(f -> f.chooseRoutine(routines.plan(routines.firstTile())));
        act(f -> f.chooseIntensity(Intensity.MAXIMAL));
        act(KioskFlow::endRoutine);
        act(KioskFlow::confirmEnd);
        later(1_000);
        shot("finished-no-holds");
        staffStates();
    }

    /**
     * The PIN pad and staff mode with each of its sections, on made-up numbers and readings: preview has
     * no activity log and saves nothing.
     */
    private void staffStates() {
        ui.setStaffAccess(new StaffAccess() {
            @Override
            public boolean pinSet() {
                return true;
            }

            @Override
            public Answer check(char[] pin) {
                return new Answer(Outcome.WRONG, 0);
            }
        });
        act(KioskFlow::askStaffPin);
        PinPresenter pin = (PinPresenter) ui.presenterFor(com.rollkiosk.domain.Screen.STAFF_PIN);
        pin.digit(2);
        pin.digit(4);
        shot("staff-pin");
        StaffPresenter staff = (StaffPresenter) ui.presenterFor(com.rollkiosk.domain.Screen.STAFF);
        ui.addStaffSection(new SettingsSection(ui.kiosk(), ui::widgets, new PreviewSettings(ui.kiosk().config())));
        ui.addStaffSection(new StatisticsSection(ui.kiosk(), ui::widgets, Screenshots::sampleDays, Runnable::run,
                Runnable::run));
        StaffPreview sensorSections = StaffPreview.add(ui, clock);
        act(KioskFlow::enterStaff);
        shot("staff-menu");
        staff.choose("settings");
        shot("staff-settings");
        staff.choose("statistics");
        shot("staff-statistics");
        sensorSections.shoot(staff::choose, this::shot);
    }

    /** Thirty plausible days for the chart in preview, the same each time. */
    static List<StaffStatistics.Day> sampleDays(int count) {
        List<StaffStatistics.Day> days = new ArrayList<>();
        java.time.LocalDate first = java.time.LocalDate.of(2026, 3, 1);
        for (int i = 0; i < count; i++) {
            int started = 4 + (i * 7) % 11 + (i % 7 >= 5 ? 6 : 0);
            int finished = Math.max(0, started - 1 - i % 3);
            days.add(new StaffStatistics.Day(first.plusDays(i), started, finished, finished * 7 + i % 5));
        }
        return days;
    }

    /** Settings for preview: what the config says, and a save that writes nothing. */
    private record PreviewSettings(KioskConfig current) implements StaffSettings {
        @Override
        public String file() {
            return "config/kiosk.json";
        }

        @Override
        public String inUse() {
            return file();
        }

        @Override
        public List<String> refused() {
            return List.of();
        }

        @Override
        public java.util.Optional<String> save(KioskConfig next) {
            return java.util.Optional.empty();
        }
    }

    /**
     * The hold screen with a roller sensor: waiting for someone to get on, then each way the
     * roller can feel them hold, with the gauge at a plausible level for each.
     */
    private void coaching() {
        java.util.concurrent.atomic.AtomicReference<RollerState> roller = new java.util.concurrent.atomic.AtomicReference<>();
        ui.rollerState(roller::get);
        ui.sensorStatus(SensorStatus.CONNECTED);
        RoutinePresenter routines = new RoutinePresenter(ui.kiosk());
        act(KioskFlow::start);
        act(KioskFlow::noneApply);
        act(f -> f.chooseRoutine(routines.plan(routines.firstTile())));
        act(f -> f.chooseIntensity(Intensity.MAXIMAL));
        shot("hold-sensor-waiting");
        roller.set(onTheRoller(0.95, Steadiness.STEADY));
        act(f -> f.pressure(true));
        act(f -> f.steadiness(Steadiness.STEADY));
        later(3_000);
        shot("hold-coaching-steady");
        roller.set(onTheRoller(1.2, Steadiness.ROLLING));
        act(f -> f.steadiness(Steadiness.ROLLING));
        later(500);
        shot("hold-coaching-rolling");
        roller.set(onTheRoller(0.7, Steadiness.SHIFTING));
        act(f -> f.steadiness(Steadiness.SHIFTING));
        later(500);
        shot("hold-coaching-shifting");
    }

    /** Someone on a roller whose empty level is 18 and whose calibrated load is 620, at {@code level} of it. */
    private static RollerState onTheRoller(double level, Steadiness steadiness) {
        double fullScale = 620;
        return new RollerState(RollerState.Source.CALIBRATION, false, 18 + level * fullScale, 18, 2, level * fullScale,
                0.4 * fullScale, 0.2 * fullScale, fullScale, true, steadiness, false, false);
    }

    /**
     * The hold screen for every region, strong (the most steps) and paused (the longest prompt),
     * one single-region routine each: for tests that check each region's words fit.
     */
    static void everyHold(Languages languages, KioskConfig config, Illustrations illustrations, int width, int height,
                          JComponent corner, java.util.function.BiConsumer<String, JComponent> atEachState) {
        assert EventQueue.isDispatchThread();
        for (var region : languages.first().regions()) {
            Screenshots s = new Screenshots(languages, config, illustrations, width, height, atEachState);
            if (corner != null) {
                s.ui.setCornerControl(corner);
            }
            RoutinePresenter routines = new RoutinePresenter(s.ui.kiosk());
            s.act(KioskFlow::start);
            s.act(KioskFlow::noneApply);
            s.act(f -> f.chooseRoutine(routines.plan("region:" + region.id())));
            s.act(f -> f.chooseIntensity(Intensity.MAXIMAL));
            s.act(KioskFlow::holdStart);
            s.later(config.hold().getReadySeconds() * 1_000L + 1_000);
            s.act(KioskFlow::holdPause);
            s.shot("hold-" + region.id() + "-paused");
        }
    }

    /**
     * A hold from its get-ready to its end, paused by touch on the way, then the prompt between
     * sides, the next hold getting ready by itself, and that hold paused before it started.
     */
    private void holdStates(int warningSeconds) {
        later(1_000);
        shot("hold-get-ready");
        while (timer().state() == HoldTimer.State.GET_READY) {
            later(500);
        }
        later(3_000);
        shot("hold-running");
        while (timer().remainingSecondsShown() > warningSeconds - 2 && timer().state() == HoldTimer.State.RUNNING) {
            later(500);
        }
        shot("hold-last-seconds");
        act(KioskFlow::holdPause);
        shot("hold-paused");
        act(KioskFlow::holdStart);
        while (flow.screen() == com.rollkiosk.domain.Screen.HOLD) {
            later(500);
        }
        later(1_500);
        shot("switch-side");
        act(KioskFlow::next);
        later(1_000);
        shot("hold-next-get-ready");
        act(KioskFlow::holdPause);
        shot("hold-waiting");
    }

    private HoldTimer timer() {
        RoutineSession s = flow.session();
        return s.timer();
    }

    private void act(java.util.function.Consumer<KioskFlow> action) {
        action.accept(flow);
        ui.refresh();
    }

    /** Moves the clock on and lets the kiosk apply it, as its own tick would. */
    private void later(long ms) {
        nanos.addAndGet(ms * 1_000_000L);
        flow.tick();
        ui.refresh();
    }

    private void shot(String name) {
        JComponent root = ui.root();
        layOut(root);
        catchUp(root);
        atEachState.accept(name, root);
    }

    /** Lays out the whole tree, as a window's validation would; without a window nothing else does. */
    static void layOut(Component c) {
        c.doLayout();
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                layOut(child);
            }
        }
    }

    /** The ring and the gauge read their sources on their own timers, which run only on a showing screen: read them now. */
    private static void catchUp(Component c) {
        if (c instanceof RingTimer ring) {
            ring.poll();
        } else if (c instanceof PressureGauge gauge) {
            gauge.poll();
        } else if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                catchUp(child);
            }
        }
    }
}
