package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's command line as a whole: the tree of commands, help for each, and bad arguments. */
class MainTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyCommandHasItsOwnHelpAndExitsZero() {
        for (String command : Main.commandLine(System.out, System.err).getSubcommands().keySet()) {
            out.reset();
            assertThat(run(command, "--help")).as(command).isZero();
            assertThat(printed()).as(command).contains("usage: java -jar rollkiosk.jar " + command);
        }
        out.reset();
        assertThat(run("help", "check")).isZero();
        assertThat(printed()).contains("usage: java -jar rollkiosk.jar check", "--config FILE", "--content DIR");
    }

    @Test
    void theRootHelpListsTheCommands() {
        assertThat(run("--help")).isZero();
        assertThat(printed()).contains("usage: java -jar rollkiosk.jar", "--windowed", "check", "monitor");
    }

    @Test
    void anUnknownCommandExitsTwoWithUsage() {
        assertThat(run("frob")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("kiosk: unknown command: frob")
                .contains("usage: java -jar rollkiosk.jar");
    }

    @Test
    void anOptionWithoutItsValueSaysSo() {
        assertThat(run("check", "--config")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("check: --config needs a value");
    }

    @Test
    void eachRunOfTheJarsEntryPointGetsAFreshCommandSoASecondMonitorRunsToItsEnd() throws Exception {
        // Through Main.run, the path the jar takes: a command kept between runs would have its
        // latch down already, and its second run would stop at once, short of 31 samples.
        Path replay = MonitorCommandTest.pressReplay(dir, 600);
        PrintStream stdout = System.out;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            for (int i = 0; i < 2; i++) {
                out.reset();
                assertThat(Main.run(new String[] {"monitor", "--sensor", "replay:" + replay})).isZero();
                assertThat(out.toString(StandardCharsets.UTF_8)).as("run " + i)
                        .contains("\"end of replay\"", "\"samples\":31");
            }
        } finally {
            System.setOut(stdout);
        }
    }
}
