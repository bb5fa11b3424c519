package com.rollkiosk.app;

import com.rollkiosk.config.SensorSettings;
import com.rollkiosk.domain.CalibrationResult;
import com.rollkiosk.domain.Clock;
import com.rollkiosk.json.InvalidFilesException;
import com.rollkiosk.sensor.ContactTracker;
import com.rollkiosk.sensor.LevelsMemory;
import com.rollkiosk.sensor.SampleRecorder;
import com.rollkiosk.sensor.SensorListener;
import com.rollkiosk.sensor.SensorSource;
import com.rollkiosk.sensor.SensorSources;
import com.rollkiosk.sensor.SensorSpec;
import com.rollkiosk.sensor.SimulatedSource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code monitor --sensor SPEC [--record FILE]}: staff check a roller by watching its events as
 * JSON lines, ended by Ctrl-C (or SIGTERM) or the end of a replay, then a summary line. The
 * latches make an instance single-use: {@link Main} builds a fresh one for every run.
 */
@Command(name = "monitor", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Watches a roller: one JSON object per line for each event (connected, contact_on, "
                + "contact_off, steadiness, info, unreadable, disconnected, roller_may_be_broken), then a summary when stopped with "
                + "Ctrl-C or SIGTERM, or when a replay ends. Uses the roller's calibration from the data folder.")
final class MonitorCommand extends StreamCommand {

    @Mixin
    private StaffOptions.Sensor sensor;
    @Option(names = "--record", paramLabel = "FILE", description = "also write the readings as t_ms,value lines, "
            + "which --sensor replay:FILE plays back")
    private Path record;
    @Mixin
    private StaffOptions.Config config;
    @Mixin
    private StaffOptions.Data data;

    private SensorSettings settings;
    private final boolean onShutdownSignal;
    private final Clock clock = System::nanoTime;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch done = new CountDownLatch(1);

    MonitorCommand(PrintStream out, PrintStream err) {
        this(out, err, null, true);
    }

    /**
     * For tests: their own output, short timeouts, and no JVM shutdown hook. With null settings
     * the sensor section of the config file is used.
     */
    MonitorCommand(PrintStream out, PrintStream err, SensorSettings settings, boolean onShutdownSignal) {
        super(out, err);
        this.settings = settings;
        this.onShutdownSignal = onShutdownSignal;
    }

    /** Ends a running monitor as Ctrl-C would: prints the summary, then {@link #run} returns 0. */
    void requestStop() {
        stop.countDown();
    }

    @Override
    public Integer call() {
        if (settings == null || config.file().isPresent()) {
            try {
                settings = StaffFiles.besideTheJar().loadConfig(config.file()).sensor();
            } catch (InvalidFilesException e) {
                e.problems().forEach(err::println);
                return Cli.BAD_INPUT;
            }
        }
        SensorSource source;
        try {
            SensorSpec spec = sensor.spec().map(SensorSpec::parse).orElseGet(() -> SensorSpec.fromSettings(settings));
            source = SensorSources.create(spec, settings, clock);
        } catch (IllegalArgumentException e) {
            // One line, as before picocli: the spec is checked here, after parsing, to keep its wording.
            err.println("monitor: " + e.getMessage() + " (usage: monitor --sensor SPEC [--record FILE] [--config FILE] [--data DIR])");
            return Cli.BAD_INPUT;
        }
        CalibrationResult.Calibrated calibration = StaffFiles.calibration(StaffFiles.data(data.dir()).path(),
                err::println);
        LevelsMemory levels = RememberedLevels.forSource(source, StaffFiles.data(data.dir()).path(), err::println);
        try {
            return monitor(source, record, calibration, levels);
        } catch (IOException e) {
            err.println("monitor: cannot write " + record + ": " + e.getMessage());
            return Cli.BAD_INPUT;
        }
    }

    private int monitor(SensorSource source, Path record, CalibrationResult.Calibrated calibration, LevelsMemory levels)
            throws IOException {
        long start = clock.nanoTime();
        JsonEvents events = new JsonEvents(out, clock, start, stop::countDown);
        ContactTracker tracker = new ContactTracker(ContactTracker.settings(settings, calibration), events, levels);
        SampleRecorder recorder = record == null ? null
                : new SampleRecorder(Files.newBufferedWriter(record, StandardCharsets.UTF_8), start, tracker);
        SensorListener listener = recorder == null ? tracker : recorder;
        Thread hook = new Thread(this::stopAndWait, "monitor-shutdown");
        if (onShutdownSignal) {
            Runtime.getRuntime().addShutdownHook(hook);
        }
        try {
            source.start(listener);
            if (source instanceof SimulatedSource sim) {
                sim.playScenario();
            }
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            source.stop();
            if (recorder != null) {
                closeRecording(recorder, record);
            }
            events.summary(tracker.stats(), tracker.state());
            done.countDown();
        }
        if (onShutdownSignal) {
            removeHook(hook);
        }
        return Cli.OK;
    }

    private void closeRecording(SampleRecorder recorder, Path record) {
        try {
            recorder.close();
        } catch (IOException e) {
            err.println("monitor: recording " + record + " may be incomplete: " + e.getMessage());
        }
        if (recorder.failure() != null) {
            err.println("monitor: recording " + record + " stopped early: " + recorder.failure().getMessage());
        }
    }

    /**
     * On SIGINT/SIGTERM the JVM is going down: let {@link #monitor} print the summary first. Ctrl-C
     * is how staff normally end a monitor, so once the summary is out the exit status is 0, not 130.
     */
    private void stopAndWait() {
        stop.countDown();
        try {
            if (done.await(3, TimeUnit.SECONDS)) {
                Runtime.getRuntime().halt(0);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook is running or has run, nothing to undo
        }
    }
}
