package com.rollkiosk.app;

import com.rollkiosk.content.ConsoleWords;
import com.rollkiosk.content.Guide;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code set-pin [--data DIR]}: sets the staff PIN. Reads it twice from the console without echo,
 * or, when standard input is piped, as its first two lines. Nothing is saved unless both agree
 * and the PIN is at least four digits.
 */
@Command(name = "set-pin", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Sets the staff PIN (" + PinStore.MIN_DIGITS + " to " + PinStore.MAX_DIGITS + " digits, as the pad types): typed twice without "
                + "echo, or two lines on standard input. Only a salted hash is kept, in the data folder.")
final class SetPinCommand extends StreamCommand {

    @Mixin
    private StaffOptions.Data data;
    @Mixin
    private StaffOptions.Lang lang;

    private final InputStream in;
    private final Console console;

    SetPinCommand(PrintStream out, PrintStream err) {
        this(System.in, System.console(), out, err);
    }

    /** @param console null reads {@code in} as two lines, as from a pipe */
    SetPinCommand(InputStream in, Console console, PrintStream out, PrintStream err) {
        super(out, err);
        this.in = in;
        this.console = console;
    }

    @Override
    public Integer call() {
        ConsoleWords.SetPin words = lang.words(Optional.empty()).setPin();
        char[] first = null;
        char[] second = null;
        try {
            if (console != null) {
                first = console.readPassword(words.prompt() + ": ");
                second = first == null ? null : console.readPassword(words.again() + ": ");
            } else {
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                first = line(lines);
                second = first == null ? null : line(lines);
            }
            Optional<String> problem = second == null ? Optional.of(words.notTwice())
                    : !Arrays.equals(first, second) ? Optional.of(words.differ())
                    : PinStore.problem(first).map(p -> why(p, words));
            if (problem.isPresent()) {
                err.println("set-pin: " + Guide.fill(words.nothingSaved(), "problem", problem.get()));
                return Cli.BAD_INPUT;
            }
            PinStore store = new PinStore(StaffFiles.data(data.dir()).path());
            store.set(first);
            out.println("set-pin: " + Guide.fill(words.saved(), "file", store.file()));
            return Cli.OK;
        } catch (IOException e) {
            err.println("set-pin: " + Guide.fill(words.cannotSave(), "reason", e.getMessage()));
            return Cli.BAD_INPUT;
        } finally {
            PinStore.wipe(first, second);
        }
    }

    private static String why(PinStore.Problem problem, ConsoleWords.SetPin words) {
        return switch (problem) {
            case NOT_DIGITS -> words.notDigits();
            case TOO_SHORT -> Guide.fill(words.tooShort(), "min", PinStore.MIN_DIGITS);
            case TOO_LONG -> Guide.fill(words.tooLong(), "max", PinStore.MAX_DIGITS);
        };
    }

    /** One line without its end, spaces around it dropped; null at the end of input. */
    private static char[] line(BufferedReader lines) throws IOException {
        String line = lines.readLine();
        return line == null ? null : line.strip().toCharArray();
    }
}
