package com.rollkiosk.app;

import com.rollkiosk.config.KioskConfig;
import com.rollkiosk.domain.Clock;
import com.rollkiosk.sensor.SensorSources;
import com.rollkiosk.sensor.SensorSpec;
import com.rollkiosk.json.InvalidFilesException;
import com.rollkiosk.json.Problem;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

/**
 * Runs the kiosk: {@code [--windowed] [--sensor SPEC] [--config FILE] [--content DIR] [--data DIR]}.
 * A bad config or content file prints every problem, one per line, and exits 2 before any window opens.
 */
final class KioskCommand implements Command {


    private final PrintStream err;

    KioskCommand() {
        this(System.err);
    }

    KioskCommand(PrintStream err) {
        this.err = err;
    }

    @Override
    public int run(String[] args) {
        KioskApp.Settings settings;
        try {
            settings = settings(args);
        } catch (Options.UsageException e) {
            err.println("kiosk: " + e.getMessage());
            err.println(Main.usage());
            return 2;
        } catch (InvalidFilesException e) {
            for (Problem p : e.problems()) {
                err.println(p);
            }
            return 2;
        } catch (IllegalArgumentException e) {
            // A sensor spec that cannot work at all (unknown form, missing replay file): one line, no trace.
            err.println("kiosk: " + e.getMessage());
            return 2;
        }
        CrashGuard.install(settings.dataDir());
        try {
            KioskApp.launch(settings).awaitClosed();
            return 0;
        } catch (IOException e) {
            err.println("kiosk: cannot write to " + settings.dataDir() + ": " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** Reads and checks everything the kiosk needs before it opens a window. */
    KioskApp.Settings settings(String[] args) throws Options.UsageException, InvalidFilesException {
        Options o = Options.parse(args, Set.of("--sensor", "--config", "--content", "--data"), Set.of("--windowed"));
        StaffFiles.Loaded files = StaffFiles.load(StaffFiles.configFile(o.value("--config")),
                Path.of(o.value("--content", StaffFiles.DEFAULT_CONTENT)));
        KioskConfig config = files.config();
        Path data = Path.of(o.value("--data", Path.of(System.getProperty("user.home"), ".rollkiosk").toString()));
        SensorSpec spec = o.value("--sensor").map(SensorSpec::parse)
                .orElseGet(() -> SensorSpec.fromSettings(config.sensor()));
        Clock clock = System::nanoTime;
        return new KioskApp.Settings(o.flag("--windowed"), SensorSources.create(spec, config.sensor(), clock),
                config, files.content(), data, clock);
    }
}
