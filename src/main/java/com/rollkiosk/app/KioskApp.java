package com.rollkiosk.app;

import com.rollkiosk.config.HoldSettings;
import com.rollkiosk.config.KioskConfig;
import com.rollkiosk.content.Content;
import com.rollkiosk.content.Languages;
import com.rollkiosk.content.Region;
import com.rollkiosk.domain.CalibrationResult;
import com.rollkiosk.domain.Clock;
import com.rollkiosk.domain.FlowTiming;
import com.rollkiosk.domain.HoldCounting;
import com.rollkiosk.domain.KioskEvent;
import com.rollkiosk.domain.KioskFlow;
import com.rollkiosk.domain.RollerHealth;
import com.rollkiosk.sensor.ContactTracker;
import com.rollkiosk.sensor.LevelsMemory;
import com.rollkiosk.sensor.SensorSource;
import com.rollkiosk.ui.CalibrationSection;
import com.rollkiosk.ui.Cues;
import com.rollkiosk.ui.Scheduler;
import com.rollkiosk.ui.DiagnosticsSection;
import com.rollkiosk.ui.Illustrations;
import com.rollkiosk.ui.KioskUi;
import com.rollkiosk.ui.StaffSection;
import com.rollkiosk.ui.Theme;
import com.rollkiosk.ui.UiExecutor;

import javax.swing.SwingUtilities;
import java.lang.reflect.InvocationTargetException;
import java.lang.management.ManagementFactory;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The running kiosk, wired: config and content in, the flow on a clock, the screens in a window,
 * every flow event to the activity log and the screens, and the sensor via the event thread.
 */
final class KioskApp {

    /**
     * @param sensor  the source {@code --sensor} names; started once the screens exist
     * @param content every language's words, the configured one first
     * @param files   the config, content and data folder in use, and how each was found
     */
    record Settings(boolean windowed, SensorSource sensor, KioskConfig config, Languages content,
                    StaffFiles.InUse files, Clock clock) {

        Path dataDir() {
            return files.data().path();
        }
    }

    private static final System.Logger LOG = System.getLogger(KioskApp.class.getName());

    private final Settings settings;
    private final ActivityLog log;
    private final CalibrationResult.Calibrated calibration;
    private final LevelsMemory levels;
    private final LastPersonSeen lastPerson;
    private final KioskMetrics metrics;
    private final MetricsSwitch metricsSwitch;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);
    /** Done at the first frame; failed by a throw while building or starting the sensor, before it. */
    private final CompletableFuture<Void> started = new CompletableFuture<>();
    private final Consumer<Throwable> failedWhileStarting;
    private final Consumer<KioskUi> whileBuilding;
    private KioskUi ui;
    private KioskFlow flow;
    private SwitchableCues cues;
    private KioskWindow window;
    private SensorLink sensor;
    private List<StaffSection> staffSections = List.of();
    /** Set on the event thread as holds complete; read by the metrics endpoint's thread. */
    private volatile boolean rollerFlagged;

    private KioskApp(Settings settings, ActivityLog log, Consumer<Throwable> failedWhileStarting,
                     Consumer<KioskUi> whileBuilding) {
        this.settings = settings;
        this.log = log;
        this.failedWhileStarting = failedWhileStarting;
        this.whileBuilding = whileBuilding;
        // A broken calibration must not keep a gym's kiosk dark: it is logged, and the roller zeroes itself.
        this.calibration = StaffFiles.calibration(settings.dataDir(),
                problem -> LOG.log(System.Logger.Level.WARNING, problem));
        this.levels = RememberedLevels.forSource(settings.sensor(), settings.dataDir(),
                problem -> LOG.log(System.Logger.Level.WARNING, problem));
        // Metrics count from the start whether or not the endpoint is on; it binds off the event thread.
        this.lastPerson = LastPersonSeen.open(settings.dataDir(), java.time.Clock.systemUTC());
        this.metrics = new KioskMetrics(settings.content().first().regions().stream().map(Region::id).toList(),
                settings.config().language(), settings.files().content().path(), settings.dataDir(),
                new KioskMetrics.LogHealth() {
                    @Override
                    public long linesLost() {
                        return log.lostLines();
                    }

                    @Override
                    public boolean failing() {
                        return log.failing();
                    }
                }, lastPerson);
        this.metricsSwitch = new MetricsSwitch(metrics.registry());
        metricsSwitch.use(settings.config().metrics());
    }

    /**
     * Opens the log, then builds and shows the window on the event thread; returns at once. A log
     * that cannot be written does not stop the kiosk: {@link #loggingFailure()} says so.
     */
    static KioskApp launch(Settings settings) {
        return launch(settings, failure -> { }, ui -> { });
    }

    /**
     * As {@link #launch(Settings)}; a throw while building the window or starting the sensor, before
     * the first frame, closes this kiosk again and is handed to {@code failedWhileStarting} on the
     * event thread, before this kiosk's window goes: what shows instead must already be up.
     *
     * @param whileBuilding runs on the event thread once the window shows, before the screens start;
     *                      the kiosk's own does nothing (tests make it throw)
     */
    static KioskApp launch(Settings settings, Consumer<Throwable> failedWhileStarting, Consumer<KioskUi> whileBuilding) {
        KioskApp app = new KioskApp(settings, new ActivityLog(settings.dataDir()), failedWhileStarting, whileBuilding);
        SwingUtilities.invokeLater(() -> app.guarded(app::build));
        return app;
    }

    /** Done at the first frame, failed with what was thrown while starting; for the start's watch. */
    CompletableFuture<Void> started() {
        return started;
    }

    private void guarded(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException | Error e) {
            if (started.completeExceptionally(e)) {
                LOG.log(System.Logger.Level.ERROR, "the kiosk failed while starting", e);
                try {
                    failedWhileStarting.accept(e);
                } finally {
                    requestClose();
                }
            } else {
                throw e;
            }
        }
    }

    private void build() {
        if (closing.get()) {
            return;
        }
        Theme.install();
        KioskConfig c = settings.config();
        Languages content = settings.content();
        flow = new KioskFlow(settings.clock(), timing(c), content.first().regions().stream().map(Region::id).toList(),
                this::event);
        cues = new SwitchableCues(c.sound(), settings.clock());
        ui = new KioskUi(flow, content, c, settings.clock(), new Illustrations(illustrationUrls(content.first())), cues,
                Scheduler.swing());
        // Staff mode: the PIN pad, settings (applied without a restart) and statistics; calibration and
        // diagnostics join once the sensor is linked, below.
        ui.setStaffAccess(new PinAccess(new PinStore(settings.dataDir()), settings.clock()));
        ui.addStaffSection(ui.settingsSection(new SettingsStore(c, settings.files(),
                SettingsStore.target(settings.files().config(), StaffFiles.besideTheJar()), this::apply)));
        ui.addStaffSection(ui.statisticsSection(new LogStatistics(settings.dataDir(), java.time.Clock.systemDefaultZone())));
        window = new KioskWindow(ui.root(), settings.windowed(), c.display().screen(),
                c.display().cursorHideSeconds(), ui.scheduler(), this::firstFrame);
        window.frame().addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                requestClose();
            }
        });
        window.show();
        whileBuilding.accept(ui);
        ui.start();
        SwingUtilities.invokeLater(() -> guarded(this::startSensor));
    }

    /** Queued behind the first frame's work; a close that came first wins, or the sensor would never be stopped. */
    private void startSensor() {
        if (closing.get()) {
            return;
        }
        KioskConfig c = settings.config();
        sensor = SensorLink.start(settings.sensor(), c.sensor(), calibration, levels, ui, UiExecutor.swing(),
                metrics::personSeen);
        metrics.sensor(sensor.tracker());
        ContactTracker tracker = sensor.tracker();
        metrics.rollerMayBeBroken(() -> tracker.readingStuck() || rollerFlagged);
        // Staff mode's calibration and diagnostics read the sensor, the log and the data folder through here.
        staffSections = List.of(CalibrationSection.of(ui, new TrackerCalibration(sensor.tracker(), c.sensor(),
                settings.dataDir(), settings.sensor().describe())), DiagnosticsSection.of(ui,
                new KioskDiagnostics(sensor.tracker(), settings.files(), log::failure, settings.clock(), cues::status,
                        flow::rollerHealth).metrics(metricsSwitch::status)
                        .levelsMemory(levels instanceof RememberedLevels r ? r::failure : () -> null),
                settings.clock()));
        staffSections.forEach(ui::addStaffSection);
    }

    /** The flow's times from the settings. */
    static FlowTiming timing(KioskConfig c) {
        return FlowTiming.ofSeconds(c.attract().idleTimeoutSeconds(), c.attract().cardPeriodSeconds(),
                c.attract().finishedSeconds(), c.hold().switchSideSeconds(), c.hold().getReadySeconds(),
                c.hold().maximalSeconds(), c.hold().minimalSeconds())
                .counting(c.hold().countOnly().equals(HoldSettings.COUNT_STEADY) ? HoldCounting.STEADY : HoldCounting.CONTACT);
    }

    /** Settings staff saved take effect: the next hold's target and count rule, timeouts, sound, the screens. */
    void apply(KioskConfig next) {
        flow.retime(timing(next));
        cues.use(next.sound());
        metricsSwitch.use(next.metrics());
        ui.settingsChanged(next);
    }

    private void event(KioskEvent e) {
        log.record(e);
        metrics.event(e);
        if (e instanceof KioskEvent.HoldCompleted) {
            noteRollerHealth();
        }
        if (ui != null) {
            ui.onEvent(e);
        }
    }

    /** Into kiosk0.log once each time the flag goes up: staff reading the logs learn what the screen cannot say. */
    private void noteRollerHealth() {
        RollerHealth health = flow.rollerHealth();
        if (health.mayBeBroken() && !rollerFlagged) {
            LOG.log(System.Logger.Level.WARNING, "the roller may be broken: it saw nobody in "
                    + health.holdsWithoutPerson() + " holds timed by touch in a row");
        }
        rollerFlagged = health.mayBeBroken();
    }

    private void firstFrame() {
        if (closing.get()) {
            return;
        }
        started.complete(null);
        log.firstFrame(ManagementFactory.getRuntimeMXBean().getUptime());
        // After this frame is on the glass: the other screens, before anyone touches it.
        SwingUtilities.invokeLater(ui::prepareScreens);
    }

    /** The drawings as URLs: the UI hands them to the SVG loader and never opens a file itself. */
    static Map<String, URL> illustrationUrls(Content content) {
        Map<String, URL> urls = new HashMap<>();
        for (Region r : content.regions()) {
            try {
                urls.put(r.id(), content.illustrationPath(r).toUri().toURL());
            } catch (MalformedURLException e) {
                System.getLogger(KioskApp.class.getName()).log(System.Logger.Level.WARNING,
                        "no drawing for " + r.id() + ": " + e.getMessage());
            }
        }
        return urls;
    }

    /** Empty while the activity log is written; for staff diagnostics. */
    Optional<RotatingLog.Failure> loggingFailure() {
        return log.failure();
    }

    KioskUi ui() {
        return ui;
    }

    KioskFlow flow() {
        return flow;
    }

    KioskWindow window() {
        return window;
    }

    /** The staff sections this wiring made, once the sensor has started; for tests. */
    List<StaffSection> staffSections() {
        return staffSections;
    }

    /** The metrics, and where they are served; for tests and the lead's wiring of further hooks. */
    KioskMetrics metrics() {
        return metrics;
    }

    MetricsSwitch metricsSwitch() {
        return metricsSwitch;
    }

    /** What this kiosk was started with; for tests. */
    Settings settings() {
        return settings;
    }

    /** The running sensor link, or null before it has started. */
    SensorLink sensor() {
        return sensor;
    }

    /** Waits until {@link #requestClose} has run its course: the log is closed. */
    void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /** As {@link #awaitClosed()}, for at most this long; whether it closed. */
    boolean awaitClosed(long timeout, java.util.concurrent.TimeUnit unit) throws InterruptedException {
        return closed.await(timeout, unit);
    }

    /** {@link #requestClose}, then, off the event thread, {@link #awaitClosed}; for tests. */
    void close() throws InterruptedException {
        requestClose();
        if (!SwingUtilities.isEventDispatchThread()) {
            awaitClosed();
        }
    }

    /**
     * Closes the kiosk once, whoever asks first (the windowed close box, a test), from any thread,
     * and returns at once. On the event thread the screens stop and the window goes; then, off it
     * (the sensor's reader may take a read timeout to stop), the sensor stops, whatever it and the
     * window queued on the event thread runs, and only then does the log close, so that their last
     * lines are written.
     */
    void requestClose() {
        if (closing.compareAndSet(false, true)) {
            SwingUtilities.invokeLater(this::shutDown);
        }
    }

    private void shutDown() {
        if (ui != null) {
            ui.stop();
        }
        if (window != null) {
            window.dispose();
        }
        SensorLink link = sensor;
        Thread finish = new Thread(() -> finish(link), "rollkiosk-close");
        finish.setDaemon(true);
        finish.start();
    }

    private void finish(SensorLink link) {
        try {
            if (link != null) {
                link.stop();
            }
            SwingUtilities.invokeAndWait(() -> { });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException e) {
            LOG.log(System.Logger.Level.WARNING, "closing: " + e.getCause());
        } finally {
            metricsSwitch.close();
            lastPerson.close();
            log.close();
            closed.countDown();
        }
    }
}
