package com.rollkiosk.app;

import java.util.Arrays;
import java.util.Map;

/**
 * The jar's entry point. With no subcommand (or only options) it runs the kiosk; staff
 * subcommands are named first: {@code check}, {@code monitor}, {@code preview}.
 */
public final class Main {

    private static final Map<String, Command> COMMANDS = Map.of(
            "check", new CheckCommand(),
            "monitor", new MonitorCommand(),
            "preview", new PreviewCommand());

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command and returns its exit code; kept apart from {@link #main} so tests can call it. */
    public static int run(String[] args) {
        if (args.length > 0 && COMMANDS.containsKey(args[0])) {
            return COMMANDS.get(args[0]).run(Arrays.copyOfRange(args, 1, args.length));
        }
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("help"))) {
            System.out.println(usage());
            return 0;
        }
        if (args.length > 0 && !args[0].startsWith("-")) {
            System.err.println("unknown command: " + args[0]);
            System.err.println(usage());
            return 2;
        }
        return new KioskCommand().run(args);
    }

    static String usage() {
        return String.join(System.lineSeparator(),
                "usage: java -jar rollkiosk.jar [--windowed] [--sensor SPEC] [--config FILE] [--content DIR] [--data DIR]",
                "       java -jar rollkiosk.jar check [--config FILE] [--content DIR]",
                "       java -jar rollkiosk.jar monitor --sensor SPEC [--record FILE] [--config FILE]",
                "       java -jar rollkiosk.jar preview --out DIR [--size WxH] [--lang CODE] [--config FILE] [--content DIR]",
                "SPEC is serial:PORT, auto, auto-or-sim, sim, replay:FILE or none");
    }
}
