package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.config.ConfigLoader;
import com.rollkiosk.config.KioskConfig;
import com.rollkiosk.domain.Intensity;
import com.rollkiosk.domain.RoutinePlan;
import com.rollkiosk.domain.Screen;
import com.rollkiosk.json.AtomicFiles;
import java.awt.Point;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.AbstractButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings section in the running kiosk, by touch: a save goes to the settings file
 * atomically, {@code check} accepts it, and the next hold uses it without a restart.
 */
class StaffSettingsKioskTest {

    @TempDir
    Path tmp;

    @Test
    void aSavedHoldTargetIsWrittenAcceptedByCheckAndUsedByTheNextHold() throws Exception {
        Path config = tmp.resolve("kiosk.json");
        Files.writeString(config, "{ \"hold\": { \"maximalSeconds\": 30, \"minimalSeconds\": 90 } }\n");
        KioskApp.Settings s = new KioskCommand().settings(new String[] {"--windowed", "--sensor", "none",
                "--config", config.toString(), "--data", tmp.resolve("data").toString()});
        AtomicLong nanos = new AtomicLong(1_000_000_000L);
        KioskApp app = KioskApp.launch(new KioskApp.Settings(true, s.sensor(), s.config(), s.content(), s.files(),
                nanos::get));
        try {
            AppWindow.waitFor(() -> app.ui() != null && app.ui().showing() == Screen.ATTRACT && app.window().frame().isShowing());
            AppWindow.onEdt(() -> {
                app.flow().askStaffPin();
                app.flow().enterStaff();
                app.ui().refresh();
                return null;
            });
            Robot robot = new Robot();
            touch(robot, app, "menu:settings");
            touch(robot, app, "strong:more");
            touch(robot, app, "settings:save");
            AppWindow.waitFor(() -> Files.readString(config).contains("\"maximalSeconds\" : 35")
                    || Files.readString(config).contains("\"maximalSeconds\": 35"));

            assertThat(ConfigLoader.load(config).hold().maximalSeconds()).isEqualTo(35);
            assertThat(AtomicFiles.backupOf(config)).exists();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int checked = new CheckCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                    .run(new String[] {"--config", config.toString()});
            assertThat(checked).as(out.toString(StandardCharsets.UTF_8)).isZero();

            AppWindow.onEdt(() -> {
                app.flow().leaveStaff();
                app.ui().refresh();
                return null;
            });
                        tapWhenItCounts(app, nanos, f -> f.start());
            tapWhenItCounts(app, nanos, f -> f.noneApply());
            tapWhenItCounts(app, nanos, f -> f.chooseRoutine(new RoutinePlan("one", List.of(new RoutinePlan.Entry("calves", false)))));
            tapWhenItCounts(app, nanos, f -> f.chooseIntensity(Intensity.MAXIMAL));
            int target = AppWindow.onEdt(() -> app.flow().session().targetSeconds());
            assertThat(target).isEqualTo(35);
        } finally {
            app.close();
        }
    }

    /** A tap once the screen takes it: the kiosk's clock moved past the tap guard, as a person reading. */
    private static void tapWhenItCounts(KioskApp app, AtomicLong nanos,
                                        java.util.function.Consumer<com.rollkiosk.domain.KioskFlow> tap) throws Exception {
        AppWindow.onEdt(() -> {
            nanos.addAndGet(app.flow().nanosUntilConfirmCounts());
            tap.accept(app.flow());
            app.ui().refresh();
            return null;
        });
    }

    @Test
    void theSaveTargetIsTheNamedFileElseTheOneBesideTheJarEvenWhenTheBuiltInCopyIsInUse() {
        StaffFiles install = new StaffFiles(tmp);
        Path named = tmp.resolve("mine.json");
        assertThat(SettingsStore.target(new StaffFiles.Found(named, StaffFiles.GIVEN), install)).isEqualTo(named);
        assertThat(SettingsStore.target(new StaffFiles.Found(StaffFiles.builtIn(StaffFiles.CONFIG), "built in"), install))
                .isEqualTo(tmp.resolve(StaffFiles.CONFIG));
    }

    @Test
    void aSettingsFileRefusedAtStartIsNamedWithItsProblemsUntilASaveReplacesIt() throws Exception {
        Path config = tmp.resolve(StaffFiles.CONFIG);
        Files.createDirectories(config.getParent());
        Files.writeString(config, "{ \"hold\": { \"maximalSeconds\": 900 } }\n");
        SettingsFile.Choice choice = SettingsFile.forKiosk(new StaffFiles.Found(config, "beside the jar"));
        StaffFiles.InUse inUse = new StaffFiles.InUse(choice.used(), null, null, choice.refused());
        AtomicReference<KioskConfig> applied = new AtomicReference<>();
        SettingsStore store = new SettingsStore(choice.config(), inUse, config, applied::set);
        assertThat(store.refused()).singleElement().asString().contains("hold.maximalSeconds");
        assertThat(store.inUse()).contains("built-in defaults");

        assertThat(store.save(KioskConfig.defaults())).isEmpty();
        assertThat(applied.get()).as("the save alone, off the event thread, puts nothing in force").isNull();
        store.saved(KioskConfig.defaults());
        assertThat(store.refused()).isEmpty();
        assertThat(applied.get()).isEqualTo(KioskConfig.defaults());
        assertThat(ConfigLoader.load(config)).isEqualTo(KioskConfig.defaults());
    }

    @Test
    void aSaveThatCannotBeWrittenSaysWhyAndAppliesNothing() throws Exception {
        Path file = Files.writeString(tmp.resolve("blocker"), "x").resolve("kiosk.json");
        AtomicReference<KioskConfig> applied = new AtomicReference<>();
        SettingsStore store = new SettingsStore(KioskConfig.defaults(),
                new StaffFiles.InUse(new StaffFiles.Found(file, StaffFiles.GIVEN), null, null, List.of()), file,
                applied::set);
        assertThat(store.save(KioskConfig.defaults())).hasValueSatisfying(why -> assertThat(why).contains(file.toString()));
        assertThat(applied.get()).isNull();
    }

    private static void touch(Robot robot, KioskApp app, String name) throws Exception {
        AppWindow.waitFor(() -> AppWindow.find(app.window().frame().getContentPane(), name) != null);
        Point p = AppWindow.onEdt(() -> {
            AbstractButton b = AppWindow.find(app.window().frame().getContentPane(), name);
            Point at = b.getLocationOnScreen();
            return new Point(at.x + b.getWidth() / 2, at.y + b.getHeight() / 2);
        });
        robot.mouseMove(p.x, p.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        robot.waitForIdle();
    }
}
