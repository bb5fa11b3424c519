package com.rollkiosk.app;

import com.rollkiosk.json.AtomicFiles;
import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.config.ConfigLoader;
import com.rollkiosk.config.ConfigWriter;
import com.rollkiosk.config.KioskConfig;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during a settings save, 100 times: the settings file (and its backup) always loads.
 * The kill lands after a random number of saves while the child goes on saving, so it falls at
 * random points inside a save.
 */
@Timeout(60)
class SettingsKillTest {

    private static final int KILLS = 100;

    @TempDir
    Path dir;

    @Test
    void killedMidSaveTheSettingsFileIsAlwaysReadable() throws Exception {
        Path file = dir.resolve("config/kiosk.json");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Quick to start: the child is killed within a few saves anyway.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto",
                "-cp", classpath(AtomicFiles.class) + File.pathSeparator + classpath(SettingsSaverLoop.class),
                SettingsSaverLoop.class.getName(), file.toString()));
        command.addAll(variants());
        Random random = new Random(10);
        for (int kill = 0; kill < KILLS; kill++) {
            Process saver = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int saves = 1 + random.nextInt(4);
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(saver.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                do {
                    line = out.readLine();
                    assertThat(line).as("the saver printed its count; kill %d", kill).isNotNull();
                } while (Integer.parseInt(line) < saves);
                saver.destroyForcibly();
            }
            assertThat(saver.waitFor(10, TimeUnit.SECONDS)).isTrue();

            ConfigLoader.load(file);
            if (Files.exists(AtomicFiles.backupOf(file))) {
                ConfigLoader.load(AtomicFiles.backupOf(file));
            }
        }
    }

    /** Settings as staff mode writes them, of different lengths, so a torn file could not pass for one. */
    private List<String> variants() throws Exception {
        List<String> files = new ArrayList<>();
        for (int v = 0; v < 4; v++) {
            KioskConfig config = SettingsFileTest.holding(10 + v * 20);
            // A longer port in every other one: lengths differ by more than a few digits.
            byte[] json = new String(ConfigWriter.toJson(config), StandardCharsets.UTF_8)
                    .replace("\"auto\"", v % 2 == 0 ? "\"auto\"" : "\"/dev/serial/by-id/usb-Arduino_" + "x".repeat(40 * v) + "\"")
                    .getBytes(StandardCharsets.UTF_8);
            ConfigLoader.load(Files.write(dir.resolve("variant" + v + ".json"), json));
            files.add(dir.resolve("variant" + v + ".json").toString());
        }
        return files;
    }

    private static String classpath(Class<?> c) throws Exception {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
