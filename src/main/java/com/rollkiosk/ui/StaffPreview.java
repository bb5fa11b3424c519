package com.rollkiosk.ui;

import com.rollkiosk.content.Staff;
import com.rollkiosk.domain.Clock;
import com.rollkiosk.domain.SensorStatus;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Staff mode's calibration and diagnostics as {@code preview} draws them inside staff mode, fed
 * made-up readings: a person lying on a calibrated roller, and a sensor that has been running a while.
 */
final class StaffPreview {

    private MadeUpRoller roller;
    private CalibrationSection calibration;

    /** Adds both sections to staff mode's menu, after those already there. */
    static StaffPreview add(KioskUi ui, Clock clock) {
        Supplier<Theme> theme = () -> Theme.forSize(ui.root().getWidth(), ui.root().getHeight());
        Supplier<Staff> words = () -> ui.kiosk().content().staff();
        StaffPreview preview = new StaffPreview();
        preview.roller = new MadeUpRoller();
        preview.calibration = new CalibrationSection(preview.roller, () -> words.get().calibration(),
                ui.kiosk()::numbers, theme, ui.scheduler());
        ui.addStaffSection(preview.calibration);
        // The sound in its longest state (failed, tried again in a while, with the system's reason), and
        // auto having found the roller past a silent USB-serial device, which it tries again in minutes.
        DiagnosticsSource sample = new DiagnosticsSource() {
            @Override
            public Report read() {
                return report(50);
            }

            @Override
            public Sound sound() {
                return new Sound(SoundState.RETRYING, null, 40_000);
            }

            @Override
            public Levels levels() {
                return new Levels(com.rollkiosk.domain.RollerState.Source.REMEMBERED, null);
            }

            @Override
            public List<PortSeen> ports() {
                return List.of(new PortSeen("/dev/ttyUSB0", Seen.SILENT, null, 210_000L),
                        new PortSeen("/dev/ttyACM0", Seen.ROLLER_HELLO, null, null));
            }
        };
        ui.addStaffSection(new DiagnosticsSection(sample, () -> words.get().diagnostics(), ui.kiosk()::numbers,
                theme, clock, ui.scheduler()));
        return preview;
    }

    /** For each section: {@code choose} opens it by its key, and {@code shot} takes it as {@code staff-<key>}. */
    void shoot(Consumer<String> choose, Consumer<String> shot) {
        choose.accept(CalibrationSection.KEY);
        // Through the wizard to its test step: the empty roller measured, then someone lying on it.
        calibration.presenter().primary();
        roller.readings(18, 5_100);
        calibration.refresh();
        calibration.presenter().primary();
        roller.readings(640, 8_000);
        calibration.refresh();
        shot.accept("staff-" + CalibrationSection.KEY);
        choose.accept(DiagnosticsSection.KEY);
        shot.accept("staff-" + DiagnosticsSection.KEY);
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
                null, DiagnosticsSource.LinkProblem.PORT_LOST, values[n - 1], samples, 2, 0, new DiagnosticsSource.Plot(ages, values), "1.0.0",
                ((3L * 24 + 4) * 60 + 12) * 60_000, List.of(
                new DiagnosticsSource.FileInUse("/opt/rollkiosk/config/kiosk.json", DiagnosticsSource.Origin.BESIDE_THE_JAR),
                new DiagnosticsSource.FileInUse("/opt/rollkiosk/content", DiagnosticsSource.Origin.BESIDE_THE_JAR),
                new DiagnosticsSource.FileInUse("/home/kiosk/.rollkiosk", DiagnosticsSource.Origin.PER_USER)),
                42L << 30, DiagnosticsSource.Logging.WORKING, null);
    }
}
