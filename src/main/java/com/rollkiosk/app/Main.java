package com.rollkiosk.app;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/**
 * The jar's entry point. With no subcommand it runs the kiosk ({@link KioskCommand} is the root
 * command); staff subcommands are named first: {@code check}, {@code monitor}, {@code stats},
 * {@code calibrate}, {@code set-pin}, {@code preview}, and {@code help [COMMAND]}.
 *
 * <p>The command line is picocli's rather than a hand-written parser: seven commands each want
 * usage, located errors and {@code --help}, which picocli gives from the option fields alone.
 *
 * <p>Adding a command (say {@code calibrate} or {@code preview}) takes one class and one line:
 * <ol>
 *   <li>a class annotated {@code @Command(name = "calibrate", mixinStandardHelpOptions = true,
 *       description = ...)} extending {@link StreamCommand}, with its options as
 *       {@code @Option} fields (shared ones as {@code @Mixin StaffOptions.Config} and the like),
 *       returning {@link Cli#OK} or {@link Cli#BAD_INPUT}, printing to the streams its constructor takes;</li>
 *   <li>{@code new CalibrateCommand(out, err),} in {@link #subcommands}.</li>
 * </ol>
 * Unknown options, missing values and help then work as for every other command.
 */
public final class Main {

    /** How the jar is started; usage lines begin with it. */
    static final String PROGRAM = "java -jar rollkiosk.jar";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs a command and returns its exit code; kept apart from {@link #main} so tests can call it.
     * The kiosk with nothing but its own options, as at every boot, starts without picocli
     * ({@link KioskCommand#plain}).
     */
    public static int run(String[] args) {
        Optional<KioskCommand> kiosk = KioskCommand.plain(args, System.err);
        if (kiosk.isPresent()) {
            return Cli.call(kiosk.get());
        }
        return commandLine(System.out, System.err).execute(args);
    }

    /**
     * A fresh command tree for every run: command objects hold their parsed options and run state
     * (monitor's latches), so none is ever reused.
     */
    static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine root = new CommandLine(new KioskCommand(err));
        subcommands(out, err).forEach(root::addSubcommand);
        return Cli.configure(root, out, err);
    }

    private static List<Object> subcommands(PrintStream out, PrintStream err) {
        return List.of(
                new CheckCommand(out, err),
                new MonitorCommand(out, err),
                new CalibrateCommand(System.in, out, err),
                new StatsCommand(out, err),
                new SetPinCommand(out, err),
                new PreviewCommand(out, err),
                new CommandLine.HelpCommand());
    }
}
