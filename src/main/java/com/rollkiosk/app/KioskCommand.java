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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import com.rollkiosk.ui.KioskUi;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Runs the kiosk: {@code [--windowed] [--sensor SPEC] [--config FILE] [--content DIR] [--data DIR]}.
 * A bad content file, a bad config named with {@code --config}, or any failure while the window
 * is built, prints every problem, one per line, and shows the out-of-order screen until a retry
 * starts the kiosk ({@link UnattendedStart}); a bad config found beside the jar gives way to the
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

    /** The options that take a value; with {@code --windowed}, all the kiosk has. */
    private static final List<String> VALUED = List.of("--sensor", "--config", "--content", "--data");

    KioskCommand() {
        this(System.err);
    }

    /**
     * The kiosk with its options read by hand, when they are all the command line holds, as at
     * every boot: picocli's model of the seven commands costs a fifth of a second of the start,
     * and its classes are too old a format for the class archive. Anything else (a command, help,
     * an unknown or repeated option, a missing value) gives empty, and picocli reads it and
     * answers as it always has.
     */
    static Optional<KioskCommand> plain(String[] args, PrintStream err) {
        Map<String, String> values = new HashMap<>();
        boolean windowed = false;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--windowed") && !windowed) {
                windowed = true;
            } else if (VALUED.contains(option) && !values.containsKey(option) && i + 1 < args.length
                    && !args[i + 1].startsWith("-")) {
                values.put(option, args[++i]);
            } else {
                return Optional.empty();
            }
        }
        KioskCommand kiosk = new KioskCommand(err);
        kiosk.windowed = windowed;
        kiosk.sensor = new StaffOptions.Sensor(values.get("--sensor"));
        kiosk.config = new StaffOptions.Config(values.get("--config"));
        kiosk.content = new StaffOptions.Content(values.get("--content"));
        kiosk.data = new StaffOptions.Data(values.get("--data"));
        return Optional.of(kiosk);
    }

    /** The options as read, in one line; for tests that compare two ways of reading them. */
    String describe() {
        return "windowed=" + windowed + " sensor=" + sensor.spec() + " config=" + config.file()
                + " content=" + content.dir() + " data=" + data.dir();
    }

    KioskCommand(PrintStream err) {
        super(System.out, err);
    }

    /** Runs on the event thread as the window is built; the kiosk's own does nothing. */
    Consumer<KioskUi> whileBuilding = ui -> { };
    private UnattendedStart start;
    /** The files as found before the first try reads them; the diagnostic log's first line if it fails. */
    private StaffFiles.InUse found;
    private boolean guarded;

    @Override
    public Integer call() {
        StaffFiles files = StaffFiles.besideTheJar();
        StaffFiles.Found configFile = files.config(config.file());
        StaffFiles.Found contentDir = files.content(content.dir());
        StaffFiles.Found dataDir = StaffFiles.data(data.dir());
        found = new StaffFiles.InUse(configFile, contentDir, dataDir, List.of());
        start = new UnattendedStart(this::attempt,
                (settings, failed) -> KioskApp.launch(settings, failed, whileBuilding),
                () -> outOfOrderPlace(configFile, dataDir), () -> OutOfOrder.language(configFile.path()),
                // The files beside the jar too: one put there while the built-in copy is in use is a change.
                java.util.stream.Stream.of(configFile.path(), contentDir.path(),
                        files.installFolder().resolve(StaffFiles.CONFIG), files.installFolder().resolve(StaffFiles.CONTENT))
                        .distinct().toList());
        start.metricsAt(() -> OutOfOrder.metricsListen(configFile.path()));
        try {
            return start.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** The start's watch on this run: whether the out-of-order screen is up, and why; null before the run. */
    UnattendedStart start() {
        return start;
    }

    /** One try: the settings, with every problem printed, one per line, for the console and the journal. */
    private KioskApp.Settings attempt() throws InvalidFilesException {
        try {
            KioskApp.Settings settings = settings();
            guard(settings.files());
            for (Problem p : settings.files().configRefused()) {
                // Staff mode shows these too; here for whoever reads the log or the console.
                System.getLogger(KioskCommand.class.getName()).log(System.Logger.Level.WARNING, "settings refused: " + p);
            }
            return settings;
        } catch (InvalidFilesException e) {
            for (Problem p : e.problems()) {
                err.println(p);
            }
            throw e;
        } catch (IllegalArgumentException e) {
            // A sensor spec that cannot work at all (unknown form, missing replay file): one line, no trace.
            err.println("kiosk: " + e.getMessage());
            throw new InvalidFilesException(List.of(new Problem("--sensor", 1, 1, "(option)", e.getMessage())));
        } finally {
            // Whatever failed, the log goes to the data folder; a good try has named its own files first.
            guard(found);
        }
    }

    /** Sends the diagnostic log to the data folder, once, its first line naming the files this run uses. */
    private void guard(StaffFiles.InUse files) {
        if (!guarded) {
            guarded = true;
            CrashGuard.install(files.data().path(), "RollKiosk " + Version.current() + " uses " + files);
        }
    }

    private OutOfOrder.Place outOfOrderPlace(StaffFiles.Found configFile, StaffFiles.Found dataDir) {
        int screen = OutOfOrder.screen(configFile.path());
        return new OutOfOrder.Place(windowed, screen, KioskConfig.defaults().display().cursorHideSeconds(),
                new PinAccess(new PinStore(dataDir.path()), System::nanoTime), System::nanoTime);
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
