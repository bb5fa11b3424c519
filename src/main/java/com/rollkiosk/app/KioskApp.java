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
import com.rollkiosk.sensor.SensorSource;
import com.rollkiosk.ui.CalibrationSection;
import com.rollkiosk.ui.Cues;
import com.rollkiosk.ui.DiagnosticsSection;
import com.rollkiosk.ui.Illustrations;
import com.rollkiosk.ui.KioskUi;
import com.rollkiosk.ui.StaffSection;
import com.rollkiosk.ui.Theme;
import com.rollkiosk.ui.UiExecutor;

import javax.swing.SwingUtilities;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

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
    private final CountDownLatch closed = new CountDownLatch(1);
    private KioskUi ui;
    private KioskFlow flow;
    private SwitchableCues cues;
    private KioskWindow window;
    private SensorLink sensor;
    private List<StaffSection> staffSections = List.of();

    private KioskApp(Settings settings, ActivityLog log) {
        this.settings = settings;
        this.log = log;
        // A broken calibration must not keep a gym's kiosk dark: it is logged, and the roller zeroes itself.
        this.calibration = StaffFiles.calibration(settings.dataDir(),
                problem -> LOG.log(System.Logger.Level.WARNING, problem));
    }

    /**
     * Opens the log, then builds and shows the window on the event thread; returns at once. A log
     * that cannot be written does not stop the kiosk: {@link #loggingFailure()} says so.
     */
    static KioskApp launch(Settings settings) {
        KioskApp app = new KioskApp(settings, new ActivityLog(settings.dataDir()));
        SwingUtilities.invokeLater(app::build);
        return app;
    }

    private void build() {
        Theme.install();
        KioskConfig c = settings.config();
        Languages content = settings.content();
        flow = new KioskFlow(settings.clock(), timing(c), content.first().regions().stream().map(Region::id).toList(),
                this::event);
        cues = new SwitchableCues(c.sound());
        ui = new KioskUi(flow, content, c, settings.clock(), new Illustrations(illustrationUrls(content.first())), cues);
        // Staff mode: the PIN pad, settings (applied without a restart) and statistics; calibration and
        // diagnostics join once the sensor is linked, below.
        ui.setStaffAccess(new PinAccess(new PinStore(settings.dataDir()), settings.clock()));
        ui.addStaffSection(ui.settingsSection(new SettingsStore(c, settings.files(),
                SettingsStore.target(settings.files().config(), StaffFiles.besideTheJar()), this::apply)));
        ui.addStaffSection(ui.statisticsSection(new LogStatistics(settings.dataDir(), java.time.Clock.systemDefaultZone())));
        window = new KioskWindow(ui.root(), settings.windowed(), c.display().screen(),
                c.display().cursorHideSeconds(), this::firstFrame);
        window.frame().addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                ui.stop();
                if (sensor != null) {
                    sensor.stop();
                }
                closed.countDown();
            }
        });
        window.show();
        ui.start();
        SwingUtilities.invokeLater(() -> {
            sensor = SensorLink.start(settings.sensor(), c.sensor(), calibration, ui, UiExecutor.swing());
            // Staff mode's calibration and diagnostics read the sensor, the log and the data folder through here.
            staffSections = List.of(CalibrationSection.of(ui, new TrackerCalibration(sensor.tracker(), c.sensor(),
                    settings.dataDir(), settings.sensor().describe())), DiagnosticsSection.of(ui,
                    new KioskDiagnostics(sensor.tracker(), settings.files(), log::failure, settings.clock()),
                    settings.clock()));
            staffSections.forEach(ui::addStaffSection);
        });
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
        ui.settingsChanged(next);
    }

    private void event(KioskEvent e) {
        log.record(e);
        if (ui != null) {
            ui.onEvent(e);
        }
    }

    private void firstFrame() {
        log.firstFrame(ManagementFactory.getRuntimeMXBean().getUptime());
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

    /** The running sensor link, or null before it has started. */
    SensorLink sensor() {
        return sensor;
    }

    void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /** Closes the window and the log; for tests and the windowed close box. */
    void close() throws IOException {
        SwingUtilities.invokeLater(() -> {
            if (window != null) {
                window.dispose();
            }
        });
        log.close();
    }
}
