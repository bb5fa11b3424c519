package com.rollkiosk.ui;

import com.rollkiosk.content.Staff;
import com.rollkiosk.domain.Clock;
import com.rollkiosk.domain.SensorStatus;

import javax.swing.JComponent;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/**
 * Staff mode's calibration and diagnostics drawn for {@code preview}, each alone in a panel the
 * size of staff mode's content area, fed made-up readings: a person lying on a calibrated roller.
 */
final class StaffPreview {

    /** What staff mode's menu column and header take from the screen, at 1080p. */
    static final int MENU_WIDTH = 360;
    static final int HEADER_HEIGHT = 120;

    private StaffPreview() {
    }

    /** Call on the event thread with the look and feel installed. */
    static void walk(Staff words, int width, int height, BiConsumer<String, JComponent> atEachState) {
        Theme theme = Theme.forSize(width, height);
        int w = width - theme.px(MENU_WIDTH);
        int h = height - theme.px(HEADER_HEIGHT);

        MadeUpRoller roller = new MadeUpRoller();
        CalibrationSection calibration = new CalibrationSection(roller, words::calibration, () -> theme);
        calibration.view().setSize(w, h);
        calibration.enter();
        calibration.presenter().primary();
        roller.readings(18, 5_100);
        calibration.refresh();
        calibration.presenter().primary();
        roller.readings(640, 8_000);
        calibration.refresh();
        shot("staff-calibration", calibration, atEachState);

        AtomicLong nanos = new AtomicLong(1_000_000_000L);
        Clock clock = nanos::get;
        long[] samples = {0};
        DiagnosticsSection diagnostics = new DiagnosticsSection(() -> report(samples[0]), words::diagnostics,
                () -> theme, clock);
        diagnostics.view().setSize(w, h);
        diagnostics.enter();
        nanos.addAndGet(1_000_000_000L);
        samples[0] = 50;
        diagnostics.refresh();
        shot("staff-diagnostics", diagnostics, atEachState);
    }

    /** Each section as an image the size of the content area. */
    static List<Screenshots.Shot> take(Staff words, int width, int height) {
        List<Screenshots.Shot> shots = new ArrayList<>();
        walk(words, width, height, (name, view) -> {
            BufferedImage image = new BufferedImage(view.getWidth(), view.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(Theme.BACKGROUND);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            view.printAll(g);
            g.dispose();
            shots.add(new Screenshots.Shot(name, image));
        });
        return shots;
    }

    private static void shot(String name, StaffSection section, BiConsumer<String, JComponent> atEachState) {
        Screenshots.layOut(section.view());
        atEachState.accept(name, section.view());
        section.leave();
    }

    /** The last 30 s of a 25 Hz plot: an empty roller, someone lying on it for 12 s, then empty again. */
    private static DiagnosticsSource.Report report(long samples) {
        int n = 750;
        double[] ages = new double[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            ages[i] = (i - n + 1) * 0.04;
            double load = i > 300 && i < 600 ? 620 : 0;
            values[i] = 18 + load + 3 * Math.sin(i * 0.7) + (load > 0 ? 8 * Math.sin(i * 0.05) : 0);
        }
        return new DiagnosticsSource.Report(SensorStatus.CONNECTED, "/dev/ttyACM0", "# rollkiosk-sensor 1 fsr 50Hz",
                null, null, values[n - 1], samples, 2, 0, new DiagnosticsSource.Plot(ages, values), "1.0.0",
                ((3L * 24 + 4) * 60 + 12) * 60_000, List.of(
                new DiagnosticsSource.FileInUse("/opt/rollkiosk/config/kiosk.json", DiagnosticsSource.Origin.BESIDE_THE_JAR),
                new DiagnosticsSource.FileInUse("/opt/rollkiosk/content", DiagnosticsSource.Origin.BESIDE_THE_JAR),
                new DiagnosticsSource.FileInUse("/home/kiosk/.rollkiosk", DiagnosticsSource.Origin.PER_USER)),
                42L << 30, DiagnosticsSource.Logging.WORKING, null);
    }
}
