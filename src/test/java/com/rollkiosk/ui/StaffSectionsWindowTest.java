package com.rollkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.domain.FakeClock;
import com.rollkiosk.domain.SensorStatus;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.Robot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The calibration wizard and diagnostics in a real window, in a content area the size staff
 * mode leaves them beside its menu and under its header: everything fits, touch targets are big
 * enough, and the sections poll only while open. Screenshots go to target/screenshots.
 */
class StaffSectionsWindowTest {

    private JFrame frame;
    private int width;
    private int height;

    private void open(int width, int height, int contentWidth, int contentHeight, StaffSection section)
            throws Exception {
        this.width = width;
        this.height = height;
        SwingUtilities.invokeAndWait(() -> {
            Theme.install();
            frame = new JFrame();
            frame.setUndecorated(true);
            JPanel root = new JPanel(new BorderLayout());
            root.setBackground(Theme.BACKGROUND);
            root.add(strut(width - contentWidth, height), BorderLayout.WEST);
            root.add(strut(contentWidth, height - contentHeight), BorderLayout.NORTH);
            section.view().setPreferredSize(new Dimension(contentWidth, contentHeight));
            root.add(section.view(), BorderLayout.CENTER);
            frame.setContentPane(root);
            frame.setBounds(0, 0, width, height);
            frame.setVisible(true);
            section.enter();
        });
    }

    private static JPanel strut(int w, int h) {
        JPanel p = new JPanel();
        p.setBackground(Theme.SURFACE);
        p.setPreferredSize(new Dimension(w, h));
        return p;
    }

    private void close(StaffSection section) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            section.leave();
            frame.dispose();
        });
    }

    private void screenshot(String name) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            Scan.layOut(frame.getContentPane());
            frame.getRootPane().paintImmediately(0, 0, width, height);
        });
        java.awt.Toolkit.getDefaultToolkit().sync();
        var image = new Robot().createScreenCapture(new Rectangle(0, 0, width, height));
        Path file = Path.of("target", "screenshots", name + "-" + width + "x" + height + ".png");
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    /** Every showing component lies inside the section's area, and every button is a touch target. */
    private void assertFits(StaffSection section) throws Exception {
        List<String> outside = new ArrayList<>();
        List<String> small = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            Scan.layOut(frame.getContentPane());
            Rectangle area = new Rectangle(0, 0, section.view().getWidth(), section.view().getHeight());
            Scan.each(section.view(), c -> {
                Rectangle r = SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), section.view());
                if (c.isShowing() && !r.isEmpty() && !area.contains(r)) {
                    outside.add(c.getClass().getSimpleName() + " " + c.getName() + " " + r);
                }
                boolean text = c instanceof WrapText || c instanceof javax.swing.JLabel;
                if (text && c.isShowing() && c.getWidth() < c.getPreferredSize().width) {
                    outside.add("squeezed " + c.getName() + " " + c.getWidth() + " < " + c.getPreferredSize().width);
                }
                if (c instanceof AbstractButton b && b.isShowing() && (b.getHeight() < Theme.MIN_TARGET
                        || b.getWidth() < Theme.MIN_TARGET)) {
                    small.add(b.getName() + " " + b.getSize());
                }
            });
        });
        assertThat(outside).as("inside the content area, text never cut").isEmpty();
        assertThat(small).as("touch targets of at least 64 px").isEmpty();
    }

    private static void click(StaffSection section, String name) throws Exception {
        SwingUtilities.invokeAndWait(() -> Scan.each(section.view(), c -> {
            if (name.equals(c.getName()) && c instanceof AbstractButton b) {
                b.doClick(0);
            }
        }));
    }

    private static boolean has(StaffSection section, String name) throws Exception {
        return Edt.call(() -> {
            boolean[] found = {false};
            Scan.each(section.view(), c -> found[0] |= name.equals(c.getName()) && c.isShowing());
            return found[0];
        });
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1920, 1080, 1500, 900", "1280, 800, 900, 650"})
    void theWizardFitsAndGoesFromEmptyToTheTest(int width, int height, int cw, int ch) throws Exception {
        MadeUpRoller roller = new MadeUpRoller();
        CalibrationSection section = Edt.call(() -> new CalibrationSection(roller,
                () -> Fixture.CONTENT.staff().calibration(), () -> Numbers.of("en"), () -> Theme.forSize(width, height),
                Scheduler.swing()));
        open(width, height, cw, ch, section);
        try {
            assertThat(Edt.call(section::isPolling)).isTrue();
            assertFits(section);
            screenshot("staff-calibration-empty");

            click(section, "calibration-primary");
            roller.readings(18, 5100);
            SwingUtilities.invokeAndWait(section::refresh);
            click(section, "calibration-primary");
            roller.readings(18, 500);
            roller.readings(640, 3000);
            SwingUtilities.invokeAndWait(section::refresh);
            assertThat(Edt.call(() -> section.presenter().step())).isEqualTo(CalibrationPresenter.Step.MEASURING_LOADED);
            assertFits(section);
            screenshot("staff-calibration-measuring");

            roller.readings(640, 4000);
            SwingUtilities.invokeAndWait(section::refresh);
            assertThat(Edt.call(() -> section.presenter().step())).isEqualTo(CalibrationPresenter.Step.TEST);
            assertThat(Edt.call(() -> section.gauge().shown().contact())).as("the mark is green while on").isTrue();
            assertFits(section);
            screenshot("staff-calibration-test");

            click(section, "calibration-primary");
            assertThat(roller.saved).hasSize(1);
            assertFits(section);
            screenshot("staff-calibration-saved");
        } finally {
            close(section);
        }
        assertThat(Edt.call(section::isPolling)).as("no polling while hidden").isFalse();
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1920, 1080, 1500, 900", "1280, 800, 900, 650"})
    void aRefusalSaysWhyInGermanAndFits(int width, int height, int cw, int ch) throws Exception {
        MadeUpRoller roller = new MadeUpRoller();
        var words = Fixture.LANGUAGES.withFirst("de").first().staff().calibration();
        CalibrationSection section = Edt.call(() -> new CalibrationSection(roller, () -> words,
                () -> Numbers.of("de"), () -> Theme.forSize(width, height), Scheduler.swing()));
        open(width, height, cw, ch, section);
        try {
            click(section, "calibration-primary");
            roller.readings(18, 5100);
            SwingUtilities.invokeAndWait(section::refresh);
            click(section, "calibration-primary");
            roller.readings(18, 66_000);
            SwingUtilities.invokeAndWait(section::refresh);

            assertThat(Edt.call(() -> section.presenter().model().hint())).isEqualTo(words.because().cannotTellApart());
            assertThat(roller.saved).isEmpty();
            assertFits(section);
            screenshot("staff-calibration-refused-de");
        } finally {
            close(section);
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1920, 1080, 1500, 900", "1280, 800, 900, 650"})
    void withoutASensorTheWizardSaysSoAndHasNoButtons(int width, int height, int cw, int ch) throws Exception {
        MadeUpRoller roller = new MadeUpRoller();
        roller.connected = false;
        CalibrationSection section = Edt.call(() -> new CalibrationSection(roller,
                () -> Fixture.CONTENT.staff().calibration(), () -> Numbers.of("en"), () -> Theme.forSize(width, height),
                Scheduler.swing()));
        open(width, height, cw, ch, section);
        try {
            assertThat(has(section, "calibration-primary")).isFalse();
            assertThat(has(section, "pressure-gauge")).isFalse();
            assertFits(section);
            screenshot("staff-calibration-no-sensor");
        } finally {
            close(section);
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1920, 1080, 1500, 900", "1280, 800, 900, 650"})
    void diagnosticsFitAndPollOnlyWhileShown(int width, int height, int cw, int ch) throws Exception {
        FakeClock clock = new FakeClock();
        double[] ages = new double[750];
        double[] values = new double[750];
        for (int i = 0; i < ages.length; i++) {
            ages[i] = -30 + i * 0.04;
            values[i] = 18 + (i > 300 && i < 600 ? 620 : 0) + Math.sin(i) * 3;
        }
        DiagnosticsSource.Report report = DiagnosticsPresenterTest.report(SensorStatus.UNREADABLE,
                "Load_cell output val: 12.34", 4000, DiagnosticsSource.Logging.DISK_FULL, "No space left on device");
        DiagnosticsSource.Report withPlot = new DiagnosticsSource.Report(report.status(), report.port(), report.info(),
                report.example(), report.lastError(), report.value(), report.samples(), report.garbage(),
                report.reconnects(), new DiagnosticsSource.Plot(ages, values), report.version(), report.uptimeMs(),
                report.files(), report.freeBytes(), report.logging(), report.logProblem());
        DiagnosticsSection section = Edt.call(() -> new DiagnosticsSection(() -> withPlot,
                () -> Fixture.CONTENT.staff().diagnostics(), () -> Numbers.of("en"), () -> Theme.forSize(width, height),
                clock, Scheduler.swing()));
        open(width, height, cw, ch, section);
        try {
            assertThat(Edt.call(section::isPolling)).isTrue();
            assertThat(has(section, "diagnostics-logging")).isTrue();
            assertThat(has(section, "value-plot")).isTrue();
            assertFits(section);
            screenshot("staff-diagnostics");
        } finally {
            close(section);
        }
        assertThat(Edt.call(section::isPolling)).as("no polling while hidden").isFalse();
    }

    /** Walks a component tree. */
    static final class Scan {
        static void each(Component c, java.util.function.Consumer<Component> visit) {
            visit.accept(c);
            if (c instanceof Container k) {
                for (Component child : k.getComponents()) {
                    each(child, visit);
                }
            }
        }

        static void layOut(Component c) {
            each(c, Component::doLayout);
        }
    }
}
