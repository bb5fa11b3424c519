package com.rollkiosk.app;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What every command shares on picocli: the streams, the exit codes, and argument errors in one
 * short line (picocli's own wording replaced by the messages staff already know) plus the
 * synopsis, never a stack trace.
 */
final class Cli {

    static final int OK = 0;
    /** Bad arguments or bad files: the one code scripts and staff check for. */
    static final int BAD_INPUT = 2;

    private Cli() {
    }

    /** Runs one command on its own, as tests do: {@code args} are the command's, without its name. */
    static int execute(Object command, PrintStream out, PrintStream err, String[] args) {
        return configure(new CommandLine(command), out, err).execute(args);
    }

    /** Sets streams and handlers on {@code root} and every subcommand added so far. */
    static CommandLine configure(CommandLine root, PrintStream out, PrintStream err) {
        // "--config FILE", as the README and the old usage lines spell it, rather than "--config=FILE".
        root.setSeparator(" ");
        lowerCaseUsage(root);
        root.setOut(writer(out));
        root.setErr(writer(err));
        root.setParameterExceptionHandler(Cli::badArguments);
        root.setExecutionExceptionHandler((e, cl, parsed) -> failed(cl.getErr(), nameOf(cl), e));
        return root;
    }

    /** Runs the kiosk read without picocli, ending as a run through picocli would. */
    static int call(KioskCommand kiosk) {
        try {
            return kiosk.call();
        } catch (RuntimeException e) {
            return failed(writer(kiosk.err), "kiosk", e);
        }
    }

    /** A command that threw: one line, never a stack trace, and exit code 1. */
    private static int failed(PrintWriter err, String command, Exception e) {
        err.println(command + ": " + e);
        return 1;
    }

    private static void lowerCaseUsage(CommandLine cl) {
        cl.getCommandSpec().usageMessage().synopsisHeading("usage: ");
        cl.getSubcommands().values().forEach(Cli::lowerCaseUsage);
    }

    private static int badArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(nameOf(cl) + ": " + plain(e, cl));
        CommandLine.Help help = cl.getHelp();
        err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
        err.println("(" + cl.getCommandSpec().qualifiedName() + " --help says more)");
        err.flush();
        return BAD_INPUT;
    }

    /** The messages the hand-written parsers gave, which staff and tests already know. */
    private static String plain(CommandLine.ParameterException e, CommandLine cl) {
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String arg = u.getUnmatched().get(0);
            if (arg.startsWith("-")) {
                return "unknown option: " + arg;
            }
            return (cl.getSubcommands().isEmpty() ? "unexpected argument: " : "unknown command: ") + arg;
        }
        if (e instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()) {
            ArgSpec missing = m.getMissing().get(0);
            if (missing instanceof OptionSpec option) {
                return option.longestName() + (option.required() ? " is required" : " needs a value");
            }
        }
        return e.getMessage();
    }

    /** The kiosk is the jar's root command, named as it is typed; its messages start with "kiosk". */
    private static String nameOf(CommandLine cl) {
        return cl.getCommand() instanceof KioskCommand ? "kiosk" : cl.getCommandName();
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
