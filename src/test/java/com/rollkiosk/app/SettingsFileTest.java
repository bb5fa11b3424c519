package com.rollkiosk.app;

import com.rollkiosk.json.AtomicFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rollkiosk.config.ConfigLoader;
import com.rollkiosk.config.KioskConfig;
import com.rollkiosk.json.InvalidFilesException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving settings, and starting on a settings file broken by hand. */
class SettingsFileTest {

    private static final String BROKEN = "{ \"hold\": { \"maximalSeconds\": 30, ";

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("kiosk.json");
    }

    /** Built from JSON rather than constructors, so a field added to the settings changes nothing here. */
    static KioskConfig holding(int seconds) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readValue(
                "{ \"hold\": { \"maximalSeconds\": " + seconds + " } }", KioskConfig.class);
    }

    private SettingsFile.Choice start() throws InvalidFilesException {
        return SettingsFile.forKiosk(new StaffFiles.Found(file(), "beside the jar"));
    }

    @Test
    void aSavedFilePassesCheck() throws Exception {
        SettingsFile.save(file(), holding(45));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertThat(new CheckCommand(print, print).run(new String[] {"--config", file().toString()}))
                .as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("hold 45 s");
    }

    @Test
    void aBrokenFileStartsOnTheLastGoodCopyAndSaysWhy() throws Exception {
        SettingsFile.save(file(), holding(40));
        SettingsFile.save(file(), holding(45));
        Files.writeString(file(), BROKEN);

        SettingsFile.Choice choice = start();

        assertThat(choice.config().hold().maximalSeconds()).isEqualTo(40);
        assertThat(choice.used().path()).isEqualTo(dir.resolve("kiosk.json.bak"));
        assertThat(choice.used().origin()).startsWith("the last good copy, as " + file() + " has 1 problem");
        assertThat(choice.refused()).singleElement().satisfies(p -> assertThat(p.message()).contains("malformed JSON"));
    }

    @Test
    void withNoGoodCopyItStartsOnTheBuiltInDefaults() throws Exception {
        Files.writeString(file(), BROKEN);
        Files.writeString(AtomicFiles.backupOf(file()), "[]");

        SettingsFile.Choice choice = start();

        assertThat(choice.config()).isEqualTo(ConfigLoader.load(StaffFiles.builtIn(StaffFiles.CONFIG)));
        assertThat(choice.used().origin()).startsWith("the built-in defaults, as " + file() + " has 1 problem");
        assertThat(choice.refused()).isNotEmpty();
    }

    @Test
    void aBrokenFileNamedWithConfigIsRefused() throws Exception {
        Files.writeString(file(), BROKEN);
        assertThatThrownBy(() -> SettingsFile.forKiosk(new StaffFiles.Found(file(), StaffFiles.GIVEN)))
                .isInstanceOf(InvalidFilesException.class);
    }

    @Test
    void savingOverAFileBrokenByHandKeepsTheGoodBackup() throws Exception {
        SettingsFile.save(file(), holding(40));
        SettingsFile.save(file(), holding(45));
        Files.writeString(file(), BROKEN);

        SettingsFile.save(file(), holding(50));

        assertThat(ConfigLoader.load(file()).hold().maximalSeconds()).isEqualTo(50);
        assertThat(ConfigLoader.load(AtomicFiles.backupOf(file())).hold().maximalSeconds()).isEqualTo(40);
    }
}
