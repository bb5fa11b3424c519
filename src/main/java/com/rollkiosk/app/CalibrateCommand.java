package com.rollkiosk.app;

import com.rollkiosk.config.CalibrationFiles;
import com.rollkiosk.content.ConsoleWords;
import com.rollkiosk.content.Content;
import com.rollkiosk.content.Guide;
import com.rollkiosk.ui.CalibrationPresenter;
import com.rollkiosk.ui.DiagnosticsPresenter;
import com.rollkiosk.ui.DiagnosticsSource;
import com.rollkiosk.config.SavedCalibration;
import com.rollkiosk.config.SensorSettings;
import com.rollkiosk.domain.Calibration;
import com.rollkiosk.domain.CalibrationResult;
import com.rollkiosk.domain.CalibrationRun;
import com.rollkiosk.domain.Clock;
import com.rollkiosk.json.InvalidFilesException;
import com.rollkiosk.sensor.SensorListener;
import com.rollkiosk.sensor.SensorSource;
import com.rollkiosk.sensor.SensorSources;
import com.rollkiosk.sensor.SensorSpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code calibrate [--sensor SPEC] [--config FILE] [--data DIR] [--empty-seconds N] [--loaded-seconds N] [--yes]}:
 * measures the empty roller, then a person lying still on it, and saves the levels and thresholds
 * derived from them in the data folder, atomically. The kiosk and {@code monitor} use them from
 * then on. With {@code --yes} nobody needs to press Enter, for scripts and tests.
 *
 * <p>The measuring is {@link CalibrationRun}'s, as in staff mode's wizard.
 *
 * <p>Exit codes: 0 saved; 1 not calibrated (refused, or no readings), nothing saved; 2 bad arguments or files.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Calibrates the roller: measures it empty, then with a person lying still on it, prints the "
                + "levels and thresholds, and saves them in the data folder. Exit 0 saved, 1 not calibrated "
                + "(nothing saved), 2 bad arguments or config.")
final class CalibrateCommand extends StreamCommand {

    static final int DEFAULT_EMPTY_SECONDS = 5;
    static final int DEFAULT_LOADED_SECONDS = 5;
    private static final long CONNECT_WAIT_NANOS = 10_000_000_000L;
    /** How long someone has to get on: a person after pressing Enter, or a script's recording. */
    private static final long GET_ON_WAIT_NANOS = 30_000_000_000L;
    private static final long GET_ON_WAIT_UNATTENDED_NANOS = 3_000_000_000L;
    private static final long SECOND = 1_000_000_000L;

    @Mixin
    private StaffOptions.Sensor sensor;
    @Mixin
    private StaffOptions.Config config;
    @Mixin
    private StaffOptions.Data data;
    @Mixin
    private StaffOptions.Lang lang;
    @Option(names = "--empty-seconds", paramLabel = "N", description = "how long to measure the empty roller (1-120, default 5)")
    private int emptySeconds = DEFAULT_EMPTY_SECONDS;
    @Option(names = "--loaded-seconds", paramLabel = "N", description = "how long to measure the loaded roller (1-120, default 5)")
    private int loadedSeconds = DEFAULT_LOADED_SECONDS;
    @Option(names = "--yes", description = "do not wait for Enter before each measurement, for scripts")
    private boolean yes;

    private final BufferedReader in;
    private final Clock clock = System::nanoTime;
    private Content words;

    CalibrateCommand(InputStream in, PrintStream out, PrintStream err) {
        super(out, err);
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private record Reading(long tNanos, double value) {
    }

    /** What the source says, handed from its thread to the command's through one queue. */
    private static final class Feed implements SensorListener {
        final BlockingQueue<Reading> readings = new LinkedBlockingQueue<>();
        final CountDownLatch answered = new CountDownLatch(1);
        volatile boolean connected;
        volatile String ended;
        volatile String lastProblem = "no reading arrived";

        @Override
        public void onSample(long tNanos, double value) {
            readings.add(new Reading(tNanos, value));
        }

        @Override
        public void onConnected(String port) {
            connected = true;
            answered.countDown();
        }

        @Override
        public void onDisconnected(String reason) {
            lastProblem = reason;
        }

        @Override
        public void onFinished(String reason) {
            ended = reason;
            answered.countDown();
        }
    }

    @Override
    public Integer call() {
        words = lang.content(config.file());
        SensorSettings settings;
        SensorSource source;
        try {
            checkSeconds("--empty-seconds", emptySeconds);
            checkSeconds("--loaded-seconds", loadedSeconds);
            settings = StaffFiles.besideTheJar().loadConfig(config.file()).sensor();
            SensorSpec spec = sensor.spec().map(SensorSpec::parse).orElseGet(() -> SensorSpec.fromSettings(settings));
            source = SensorSources.create(spec, settings, clock);
        } catch (IllegalArgumentException e) {
            err.println("calibrate: " + e.getMessage());
            return Cli.BAD_INPUT;
        } catch (InvalidFilesException e) {
            e.problems().forEach(err::println);
            return Cli.BAD_INPUT;
        }
        Path file = CalibrationFiles.in(StaffFiles.data(data.dir()).path());
        Feed feed = new Feed();
        source.start(feed);
        try {
            return calibrate(feed, source.describe(), file);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            source.stop();
        }
    }

    private int calibrate(Feed feed, String sensor, Path file) throws InterruptedException {
        feed.answered.await(CONNECT_WAIT_NANOS, TimeUnit.NANOSECONDS);
        ConsoleWords.Calibrate w = words.console().calibrate();
        if (!feed.connected) {
            return notCalibrated(w.noSensor() + sensorProblem(feed.ended != null ? feed.ended : feed.lastProblem));
        }
        out.println(Guide.fill(w.calibrating(), "sensor", sensor));
        out.println(w.leaveEmpty());
        if (!waitForEnter()) {
            return notCalibrated(w.stopped());
        }
        out.println("   " + Guide.fill(w.measuringEmpty(), "seconds", emptySeconds));
        feed.readings.clear();
        CalibrationRun run = new CalibrationRun(emptySeconds * SECOND, loadedSeconds * SECOND,
                yes ? GET_ON_WAIT_UNATTENDED_NANOS : GET_ON_WAIT_NANOS);
        run.measureEmpty();
        pump(feed, run, CalibrationRun.Phase.EMPTY_MEASURED);
        if (run.emptyCount() < Calibration.MIN_SAMPLES) {
            return refusedOrEmpty(feed, run.emptyCount());
        }
        out.println(w.lieStill());
        if (!waitForEnter()) {
            return notCalibrated(w.stopped());
        }
        out.println("   " + w.waitingForLoad());
        run.measureLoaded();
        pump(feed, run, CalibrationRun.Phase.MEASURING_LOADED);
        out.println("   " + Guide.fill(w.measuringLoaded(), "seconds", loadedSeconds));
        pump(feed, run, CalibrationRun.Phase.DONE);
        CalibrationResult result = run.result();
        if (result instanceof CalibrationResult.Refused refused) {
            return notCalibrated(CalibrationPresenter.because(words.staff().calibration().because(), refused.why()));
        }
        CalibrationResult.Calibrated c = (CalibrationResult.Calibrated) result;
        // The labels padded to one column, so the numbers line up in any language.
        String[] labels = {w.emptyLevel(), w.noise(), w.loadedLevel(), w.onThreshold(), w.offThreshold()};
        double[] values = {c.baseline(), c.noise(), c.loadedLevel(), c.onThreshold(), c.offThreshold()};
        int width = java.util.Arrays.stream(labels).mapToInt(String::length).max().orElse(0) + 2;
        for (int i = 0; i < labels.length; i++) {
            String label = String.format("%-" + width + "s", labels[i] + ":");
            out.println(label + plain(values[i]) + (i >= 3 ? " " + w.fromEmpty() : ""));
        }
        try {
            CalibrationFiles.save(file, SavedCalibration.of(c, Instant.now().toString(), sensor));
        } catch (IOException e) {
            return notCalibrated(Guide.fill(w.cannotSave(), "file", file, "reason", e.getMessage()));
        }
        out.println(Guide.fill(w.saved(), "file", file));
        return Cli.OK;
    }

    /** A sensor source's reason in the staff's words, in brackets; empty for none. */
    private String sensorProblem(String reason) {
        DiagnosticsSource.LinkProblem problem = KioskDiagnostics.linkProblem(reason);
        return problem == null ? "" : " (" + DiagnosticsPresenter.lost(problem, words.staff().diagnostics().lost()) + ")";
    }

    private int refusedOrEmpty(Feed feed, int got) {
        return notCalibrated(Guide.fill(words.console().calibrate().tooFewEmpty(), "count", got)
                + sensorProblem(feed.ended));
    }

    private int notCalibrated(String reason) {
        err.println("calibrate: " + Guide.fill(words.console().calibrate().notCalibrated(), "reason", reason));
        return 1;
    }

    private boolean waitForEnter() {
        if (yes) {
            return true;
        }
        out.println("   " + words.console().calibrate().pressEnter());
        try {
            return in.readLine() != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** Feeds readings to the run until it reaches {@code phase}; a source that ends or falls silent ends the step. */
    private static void pump(Feed feed, CalibrationRun run, CalibrationRun.Phase phase) throws InterruptedException {
        while (run.phase().compareTo(phase) < 0) {
            Reading r = feed.readings.poll(2, TimeUnit.SECONDS);
            if (r == null) {
                run.readingsStopped();
            } else {
                run.feed(r.tNanos(), r.value());
            }
        }
    }

    private static void checkSeconds(String name, int value) {
        if (value < 1 || value > 120) {
            throw new IllegalArgumentException(name + " must be 1 to 120 seconds, was " + value);
        }
    }

    /** A level as the language writes numbers: whole when it is, else two decimals. */
    private String plain(double value) {
        com.rollkiosk.ui.Numbers numbers = com.rollkiosk.ui.Numbers.of(words.language());
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? numbers.whole((long) value) : numbers.decimal(value, 2);
    }
}
