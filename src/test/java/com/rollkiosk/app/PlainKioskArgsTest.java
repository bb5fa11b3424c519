package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The kiosk's own options read without picocli, as at every boot: the same reading picocli gives,
 * and anything else left to picocli to answer.
 */
class PlainKioskArgsTest {

    private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream());

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "--windowed",
        "--sensor none",
        "--windowed --sensor sim --config c.json --content words --data logs",
        "--data logs --content words --config c.json --sensor replay:r.txt --windowed"})
    void theKiosksOwnOptionsAreReadAsPicocliReadsThem(String line) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        KioskCommand picocli = new KioskCommand(NOWHERE);
        new CommandLine(picocli).parseArgs(args);

        assertThat(KioskCommand.plain(args, NOWHERE)).get().extracting(KioskCommand::describe)
                .isEqualTo(picocli.describe());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "check", "--windowed stats", "help", "--help", "-h", "--version", "-V", "--fullscreen", "--data",
        "--data --windowed", "--data a --data b", "--windowed --windowed", "logs", "--config=c.json"})
    void anythingElseIsLeftToPicocli(String line) {
        assertThat(KioskCommand.plain(line.split(" "), NOWHERE)).isEmpty();
    }

    @Test
    void everyOptionOfTheKioskCommandIsReadWithoutPicocli() {
        List<String> args = new ArrayList<>();
        for (OptionSpec option : new CommandLine(new KioskCommand(NOWHERE)).getCommandSpec().options()) {
            if (option.usageHelp() || option.versionHelp()) {
                continue;
            }
            args.add(option.longestName());
            if (option.arity().max() > 0 && !option.type().equals(boolean.class)) {
                args.add("x");
            }
        }
        assertThat(args).isNotEmpty();
        assertThat(KioskCommand.plain(args.toArray(String[]::new), NOWHERE)).as("read without picocli: %s", args)
                .isPresent();
    }
}
