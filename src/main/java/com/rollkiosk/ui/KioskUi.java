package com.rollkiosk.ui;

import com.rollkiosk.config.KioskConfig;
import com.rollkiosk.content.Languages;
import com.rollkiosk.domain.Clock;
import com.rollkiosk.domain.KioskEvent;
import com.rollkiosk.domain.KioskFlow;
import com.rollkiosk.domain.RepeatedStep;
import com.rollkiosk.domain.RollerState;
import com.rollkiosk.domain.Screen;
import com.rollkiosk.domain.SensorStatus;
import com.rollkiosk.domain.Steadiness;

import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.event.ActionEvent;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The kiosk's screens in one window: shows the screen the flow is on, re-renders it after every
 * action and on a {@link Tick} when something is due, and turns flow events into the completion
 * flash and sound.
 * Everything here runs on the event thread; sensor threads come in through the wiring's executor.
 */
public final class KioskUi {

    private static final System.Logger LOG = System.getLogger(KioskUi.class.getName());

    private final Kiosk kiosk;
    private final Clock clock;
    private final Illustrations illustrations;
    private final Cues cues;
    private final Map<Screen, Presenter<?, ?>> presenters = new EnumMap<>(Screen.class);
    private final Map<Screen, ScreenView> views = new EnumMap<>(Screen.class);
    private final Flash flash;
    private final StatusMark mark = new StatusMark();
    private final Stage stage;
    private final Scheduler scheduler;
    private final Tick tick;
    private final java.awt.event.AWTEventListener activity;
    private Theme theme;
    private Screen showing;
    private Supplier<RollerState> roller = () -> null;
    private final CornerPress corner;
    private final java.util.concurrent.ExecutorService background = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "staff-background");
        t.setDaemon(true);
        return t;
    });
    /** Statistics read on their own thread, so nothing else staff do waits behind a long read. */
    private final java.util.concurrent.ExecutorService statisticsReader = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "staff-statistics");
        t.setDaemon(true);
        return t;
    });
    /** The PIN check's own thread: it never waits behind a statistics read. */
    private final java.util.concurrent.ExecutorService pinChecks = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "staff-pin-check");
        t.setDaemon(true);
        return t;
    });
    /** Settings and calibration saves: forcing a file to an SD card can take seconds, never on the event thread. */
    private final java.util.concurrent.ExecutorService saves = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "staff-saves");
        t.setDaemon(true);
        return t;
    });
    private StaffAccess access = StaffAccess.none();
    private JComponent cornerControl;
    private Widgets widgets;
    private boolean staffOpen;

    public KioskUi(KioskFlow flow, Languages languages, KioskConfig config, Clock clock,
                   Illustrations illustrations, Cues cues, Scheduler scheduler) {
        this.scheduler = scheduler;
        this.kiosk = new Kiosk(flow, languages, config, () -> roller.get(), this::refresh);
        this.clock = clock;
        this.illustrations = illustrations;
        this.cues = cues;
        presenters.put(Screen.ATTRACT, new AttractPresenter(kiosk));
        presenters.put(Screen.CONTRAINDICATIONS, new ContraindicationsPresenter(kiosk));
        presenters.put(Screen.NOT_SAFE, new NotSafePresenter(kiosk));
        presenters.put(Screen.CHOOSE_ROUTINE, new RoutinePresenter(kiosk));
        presenters.put(Screen.CHOOSE_INTENSITY, new IntensityPresenter(kiosk));
        presenters.put(Screen.HOLD, new HoldPresenter(kiosk, cues));
        presenters.put(Screen.SWITCH_SIDE, new SwitchSidePresenter(kiosk));
        presenters.put(Screen.CONFIRM_END, new EndRoutinePresenter(kiosk));
        presenters.put(Screen.FINISHED, new FinishedPresenter(kiosk));
        presenters.put(Screen.STAFF_PIN, new PinPresenter(kiosk, new StaffAccess() {
            @Override
            public boolean pinSet() {
                return access.pinSet();
            }

            @Override
            public Answer check(char[] pin) {
                return access.check(pin);
            }

            @Override
            public long waitMillis() {
                return access.waitMillis();
            }

            @Override
            public long waitIfWrong() {
                return access.waitIfWrong();
            }
        }, clock, pinChecks, UiExecutor.swing()));
        presenters.put(Screen.STAFF, new StaffPresenter(kiosk));
        corner = new CornerPress(clock);
        flash = new Flash(clock, scheduler);
        stage = new Stage(flash, mark);
        stage.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                fitTo(stage.getSize());
            }
        });
        bindKeys();
        activity = e -> {
            if (e.getID() == java.awt.event.MouseEvent.MOUSE_PRESSED) {
                flow.activity();
                var m = (java.awt.event.MouseEvent) e;
                java.awt.Point p = SwingUtilities.convertPoint(m.getComponent(), m.getPoint(), stage);
                corner.pressed(showing == Screen.ATTRACT && CornerPress.inCorner(p.x, p.y));
                scheduleTick();
            } else if (e.getID() == java.awt.event.MouseEvent.MOUSE_RELEASED) {
                corner.released();
                scheduleTick();
            } else if (e.getID() == java.awt.event.KeyEvent.KEY_PRESSED) {
                // Staff at a keyboard are still there too, so staff mode does not leave under their hands.
                flow.activity();
            }
        };
        // A tick that throws is logged once, not at every tick, and the kiosk starts over on the idle screen.
        RepeatedStep ticks = new RepeatedStep(failure -> LOG.log(System.Logger.Level.ERROR,
                "tick failed; back to the idle screen", failure), flow::recover);
        tick = new Tick(scheduler, () -> {
            flow.tick();
            refresh();
        }, ticks, flow::nanosUntilDue,
                () -> showing == Screen.ATTRACT && flow.screen() == Screen.ATTRACT,
                () -> Math.min(corner.msUntilDue(),
                        showing == null ? Long.MAX_VALUE : presenters.get(showing).msUntilChange()));
    }

    private void scheduleTick() {
        tick.schedule();
    }

    /** What runs the screens' timed work: the tick, rings, gauges, fades and polled sections. */
    public Scheduler scheduler() {
        return scheduler;
    }

    /** The component the window shows. */
    public JComponent root() {
        return stage;
    }

    public void start() {
        assert EventQueue.isDispatchThread();
        tick.start();
        // A touch anywhere, even on blank space while reading, means the person is still here.
        java.awt.Toolkit.getDefaultToolkit().addAWTEventListener(activity,
                java.awt.AWTEvent.MOUSE_EVENT_MASK | java.awt.AWTEvent.KEY_EVENT_MASK);
    }

    public void stop() {
        tick.stop();
        background.shutdownNow();
        statisticsReader.shutdownNow();
        pinChecks.shutdownNow();
        saves.shutdown();
        java.awt.Toolkit.getDefaultToolkit().removeAWTEventListener(activity);
    }

    /** A flow event: the end of a hold is signalled by sound and a flash, because a gym is loud. */
    public void onEvent(KioskEvent event) {
        assert EventQueue.isDispatchThread();
        if (event instanceof KioskEvent.HoldCompleted) {
            cues.completed();
            flash.flash(kiosk.content().guide().hold().flash());
        }
    }

    /** The roller's contact changed (from the sensor, via the event thread). */
    public void pressure(boolean on) {
        kiosk.act(f -> f.pressure(on));
    }

    /** While someone is on the roller, how they load it changed (from the sensor, via the event thread). */
    public void steadiness(Steadiness now) {
        kiosk.act(f -> f.steadiness(now));
    }

    /** Where the gauge and diagnostics read the roller's latest state; any thread may publish it. */
    public void rollerState(Supplier<RollerState> source) {
        roller = source;
    }

    public void sensorStatus(SensorStatus state) {
        assert EventQueue.isDispatchThread();
        mark.set(state);
        stage.doLayout();
        kiosk.act(f -> f.sensorStatus(state));
    }

    /** Puts a small control in the top-right corner, under the sensor mark. */
    public void setCornerControl(JComponent control) {
        cornerControl = control;
        stage.setCorner(control);
    }

    /** Shows the flow's current screen, brings it up to date, and sets when to look again. */
    public void refresh() {
        assert EventQueue.isDispatchThread();
        show();
        scheduleTick();
    }

    private void show() {
        if (theme == null) {
            return;
        }
        if (showing == Screen.ATTRACT && kiosk.flow().screen() == Screen.ATTRACT && corner.due()) {
            kiosk.flow().askStaffPin();
        }
        Screen now = kiosk.flow().screen();
        kiosk.follow();
        StaffPresenter staff = presenter(Screen.STAFF);
        if (staffOpen != (now == Screen.STAFF)) {
            staffOpen = now == Screen.STAFF;
            if (staffOpen) {
                staff.entered();
            } else {
                staff.left();
            }
        }
        mark.setWords(kiosk.content().guide().sensor());
        if (cornerControl instanceof SimToggle sim) {
            sim.setWords(kiosk.content().guide().sensor());
        }
        if (now != showing) {
            showing = now;
            ScreenView view = built(now);
            presenters.get(now).forget();
            presenters.get(now).render();
            stage.show(view.component());
            // Taps on the new screen count from now, after it was built, however long that took.
            kiosk.flow().screenShown();
            SwingUtilities.invokeLater(() -> view.firstFocus().requestFocusInWindow());
            return;
        }
        presenters.get(now).render();
    }

    /**
     * Fits the screens to this size; sizes and type scale with the window. Only the screen on show
     * is built here: the others wait for {@link #prepareScreens()} or their first showing, so the
     * first frame does not wait for ten screens.
     */
    void fitTo(Dimension size) {
        if (size.width <= 0 || size.height <= 0
                || theme != null && theme.width() == size.width && theme.height() == size.height) {
            return;
        }
        theme = Theme.forSize(size.width, size.height);
        widgets = new Widgets(theme);
        flash.setTheme(theme);
        mark.setTheme(theme);
        stage.setTheme(theme);
        views.clear();
        showing = null;
        refresh();
        Theme fitted = theme;
        Dimension box = AttractScreen.drawingBox(fitted);
        illustrations.drawAhead(scheduler, box.width, box.height, () -> theme == fitted);
    }

    /**
     * Builds, one per turn of the event thread, the screens not built yet at this size, so that
     * none is built under a runner's finger; input and painting go between them.
     */
    public void prepareScreens() {
        for (Screen screen : Screen.values()) {
            SwingUtilities.invokeLater(() -> {
                if (theme != null) {
                    built(screen);
                }
            });
        }
    }

    /** The screen's view at the current size, built the first time it is asked for. */
    private ScreenView built(Screen screen) {
        return views.computeIfAbsent(screen, this::build);
    }

    private ScreenView build(Screen screen) {
        Widgets w = widgets;
        return switch (screen) {
            case ATTRACT -> attachTo(new AttractScreen(w, presenter(screen), illustrations, clock, scheduler), presenter(screen));
            case CONTRAINDICATIONS -> attachTo(new ContraindicationsScreen(w, presenter(screen)), presenter(screen));
            case NOT_SAFE -> attachTo(new NotSafeScreen(w, presenter(screen)), presenter(screen));
            case CHOOSE_ROUTINE -> attachTo(new RoutineScreen(w, presenter(screen)), presenter(screen));
            case CHOOSE_INTENSITY -> attachTo(new IntensityScreen(w, presenter(screen)), presenter(screen));
            case HOLD -> attachTo(new HoldScreen(w, presenter(screen), illustrations, scheduler), presenter(screen));
            case SWITCH_SIDE -> attachTo(new SwitchSideScreen(w, presenter(screen)), presenter(screen));
            case CONFIRM_END -> attachTo(new EndRoutineScreen(w, presenter(screen)), presenter(screen));
            case FINISHED -> attachTo(new FinishedScreen(w, presenter(screen)), presenter(screen));
            case STAFF_PIN -> attachTo(new PinScreen(w, presenter(screen)), presenter(screen));
            case STAFF -> attachTo(new StaffScreen(w, presenter(screen)), presenter(screen));
        };
    }

    private static <V extends ScreenView> V attachTo(V view, Presenter<?, ? super V> presenter) {
        presenter.attach(view);
        return view;
    }

    Presenter<?, ?> presenterFor(Screen screen) {
        return presenters.get(screen);
    }

    @SuppressWarnings("unchecked")
    private <P extends Presenter<?, ?>> P presenter(Screen screen) {
        return (P) presenters.get(screen);
    }

    private void bindKeys() {
        bind("ESCAPE", "kiosk.back", () -> {
            if (showing != null) {
                presenters.get(showing).escape();
            }
        });
        // Staff with a keyboard skip the hidden gesture, never the PIN.
        bind("ctrl shift S", "kiosk.staff", () -> kiosk.act(KioskFlow::askStaffPin));
    }

    private void bind(String key, String name, Runnable action) {
        stage.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(key), name);
        stage.getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }

    /** How the PIN pad checks a PIN; until set, no PIN is set and staff mode stays closed. */
    public void setStaffAccess(StaffAccess staffAccess) {
        access = staffAccess;
    }

    /** A part of staff mode; sections appear in the menu in the order added. */
    public void addStaffSection(StaffSection section) {
        StaffPresenter staff = presenter(Screen.STAFF);
        staff.add(section);
        staff.forget();
    }

    /** The settings section, saving through {@code settings}. */
    public StaffSection settingsSection(StaffSettings settings) {
        return new SettingsSection(kiosk, () -> widgets, settings, saves, UiExecutor.swing());
    }

    /** The statistics section, reading days from {@code statistics} off the event thread. */
    public StaffSection statisticsSection(StaffStatistics statistics) {
        return new StatisticsSection(kiosk, () -> widgets, statistics, statisticsReader, UiExecutor.swing());
    }

    /** Saved settings take effect on the screens: routines shown, start language, sound (the wiring's). */
    public void settingsChanged(com.rollkiosk.config.KioskConfig config) {
        assert EventQueue.isDispatchThread();
        kiosk.reconfigure(config);
        presenters.values().forEach(Presenter::forget);
        refresh();
    }

    /** Where staff mode's saves run, off the event thread. */
    java.util.concurrent.Executor saves() {
        return saves;
    }

    /** The widgets for the current window size; null before the first layout. */
    Widgets widgets() {
        return widgets;
    }

    Kiosk kiosk() {
        return kiosk;
    }

    /** The words in the language on show. */
    public com.rollkiosk.content.Guide words() {
        return kiosk.content().guide();
    }

    /** The screen on show, for tests and the wiring's first-frame check. */
    public Screen showing() {
        return showing;
    }

    /** The view for a screen at the current size, for tests that read what is on screen; null before the first layout. */
    public ScreenView view(Screen screen) {
        return theme == null ? null : built(screen);
    }

    /** The screens built so far at the current size; for tests. */
    public java.util.Set<Screen> builtScreens() {
        return java.util.Set.copyOf(views.keySet());
    }
}
