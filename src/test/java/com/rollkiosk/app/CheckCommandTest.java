package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CheckCommand check = new CheckCommand(
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    private String printed() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theShippedFilesPassWithASummaryOfTheCounts() {
        int code = check.run(new String[] {});
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("languages en, de;", "9 regions", "25 contraindications").hasLineCount(1);
    }

    @Test
    void aBrokenConfigExitsTwoNamingFileLineAndField() throws Exception {
        Path config = dir.resolve("kiosk.json");
        Files.writeString(config, "{\n  \"sound\": {\n    \"volume\": 300\n  }\n}\n");
        int code = check.run(new String[] {"--config", config.toString()});
        assertThat(code).isEqualTo(2);
        assertThat(printed()).contains(config + ":3:15: sound.volume: must be between 0 and 100, was 300");
    }

    @Test
    void aConfigNamingALanguageWithNoContentExitsTwo() throws Exception {
        Path config = dir.resolve("kiosk.json");
        Files.writeString(config, "{\n  \"language\": \"fr\"\n}\n");
        assertThat(check.run(new String[] {"--config", config.toString()})).isEqualTo(2);
        assertThat(printed()).contains(config + ":2:15: language: no content for \"fr\"; the content folder has");
    }

    @Test
    void aHiddenRoutineThatNamesNoRoutineExitsTwoAtTheIdsPlace() throws Exception {
        Path config = dir.resolve("kiosk.json");
        Files.writeString(config, "{\n  \"language\": \"en\",\n  \"hiddenRoutines\": [\"desk-worker\",\n"
                + "    \"lower-legs\"]\n}\n");
        assertThat(check.run(new String[] {"--config", config.toString()})).isEqualTo(2);
        assertThat(printed()).contains(config + ":4:5: hiddenRoutines[1]: no routine with id \"lower-legs\"; the"
                + " routines are full, lower-leg,").doesNotContain("hiddenRoutines[0]");
    }

    @Test
    void problemsNeverComeWithAStackTrace() throws Exception {
        Path config = dir.resolve("kiosk.json");
        Files.writeString(config, "{ \"hold\": [ }");
        assertThat(check.run(new String[] {"--config", config.toString()})).isEqualTo(2);
        assertThat(printed()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void anUnknownOptionExitsTwoWithUsage() {
        assertThat(check.run(new String[] {"--confg", "x"})).isEqualTo(2);
        assertThat(printed()).contains("unknown option: --confg", "usage");
    }
}
