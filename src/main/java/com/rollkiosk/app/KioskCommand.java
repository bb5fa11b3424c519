package com.rollkiosk.app;

import com.rollkiosk.config.KioskConfig;
import com.rollkiosk.content.ContentLoader;
import com.rollkiosk.content.Languages;
import com.rollkiosk.domain.Clock;
import com.rollkiosk.sensor.SensorSources;
import com.rollkiosk.sensor.SensorSpec;
import com.rollkiosk.json.InvalidFilesException;
import com.rollkiosk.json.Problem;

import java.io.PrintStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Runs the kiosk: {@code [--windowed] [--sensor SPEC] [--config FILE] [--content DIR] [--data DIR]}.
 * A bad content file, or a bad config named with {@code --config}, prints every problem, one per
 * line, and exits 2 before any window opens; a bad config found beside the jar gives way to the
 * last good copy or the defaults ({@link SettingsFile}). It is the jar's root command, so the
 * staff subcommands hang below it (see {@link Main}).
 */
@Command(name = Main.PROGRAM, mixinStandardHelpOptions = true, versionProvider = Version.class,
        synopsisSubcommandLabel = "[COMMAND]",
        description = "Runs the kiosk, fullscreen, with the roller if one is plugged in. "
                + "Staff commands are named first: java -jar rollkiosk.jar COMMAND --help.")
final class KioskCommand extends StreamCommand {

    @Option(names = "--windowed", description = "a normal 1280x800 window, for desks (default: fullscreen)")
    private boolean windowed;
    @Mixin
    private StaffOptions.Sensor sensor;
    @Mixin
    private StaffOptions.Config config;
    @Mixin
    private StaffOptions.Content content;
    @Mixin
    private StaffOptions.Data data;

    KioskCommand() {
        this(System.err);
    }

    KioskCommand(PrintStream err) {
        super(System.out, err);
    }

    @Override
    public Integer call() {
        KioskApp.Settings settings;
        try {
            settings = settings();
        } catch (InvalidFilesException e) {
            for (Problem p : e.problems()) {
                err.println(p);
            }
            return Cli.BAD_INPUT;
        } catch (IllegalArgumentException e) {
            // A sensor spec that cannot work at all (unknown form, missing replay file): one line, no trace.
            err.println("kiosk: " + e.getMessage());
            return Cli.BAD_INPUT;
        }
        CrashGuard.install(settings.dataDir(), "RollKiosk " + Version.current() + " uses " + settings.files());
        for (Problem p : settings.files().configRefused()) {
            // Staff mode shows these too; here for whoever reads the log or the console.
            System.getLogger(KioskCommand.class.getName()).log(System.Logger.Level.WARNING, "settings refused: " + p);
        }
        try {
            KioskApp.launch(settings).awaitClosed();
            return Cli.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** Parses {@code args} and reads everything the kiosk needs, without opening a window; for tests. */
    KioskApp.Settings settings(String[] args) throws InvalidFilesException {
        new CommandLine(this).parseArgs(args);
        return settings();
    }

    /** Reads and checks everything the kiosk needs before it opens a window. */
    private KioskApp.Settings settings() throws InvalidFilesException {
        StaffFiles files = StaffFiles.besideTheJar();
        SettingsFile.Choice settingsFile = SettingsFile.forKiosk(files.config(config.file()));
        StaffFiles.InUse inUse = new StaffFiles.InUse(settingsFile.used(), files.content(content.dir()),
                StaffFiles.data(data.dir()), settingsFile.refused());
        KioskConfig kioskConfig = settingsFile.config();
        Languages loaded = ContentLoader.load(inUse.content().path(), kioskConfig.language());
        SensorSpec spec = sensor.spec().map(SensorSpec::parse)
                .orElseGet(() -> SensorSpec.fromSettings(kioskConfig.sensor()));
        Clock clock = System::nanoTime;
        return new KioskApp.Settings(windowed, SensorSources.create(spec, kioskConfig.sensor(), clock),
                kioskConfig, loaded, inUse, clock);
    }
}
