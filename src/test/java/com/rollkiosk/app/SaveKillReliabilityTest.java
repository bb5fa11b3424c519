package com.rollkiosk.app;

import com.rollkiosk.json.AtomicFiles;
import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.Reliability;
import com.rollkiosk.config.CalibrationFiles;
import com.rollkiosk.config.ConfigLoader;
import com.rollkiosk.config.ConfigWriter;
import com.rollkiosk.config.KioskConfig;
import com.rollkiosk.config.SavedCalibration;
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
 * Reliability: kill -9 during a settings or a calibration save: the file (and its backup) always
 * loads. The kill lands after a random number of saves while the child goes on saving, so it falls
 * at random points inside a save. 15 kills of each here, 100 with {@code -Preliability}.
 */
@Timeout(120)
class SaveKillReliabilityTest {

    private static final int KILLS = Reliability.size(15, 100);

    @TempDir
    Path dir;

    /** Reads a file as the kiosk would at start, failing the test if it is refused. */
    private interface Loader {
        void load(Path file) throws Exception;
    }

    @Test
    void killedMidSaveTheSettingsFileIsAlwaysReadable() throws Exception {
        killMidSave(dir.resolve("config/kiosk.json"), settingsVariants(), ConfigLoader::load);
    }

    @Test
    void killedMidSaveTheCalibrationIsAlwaysReadable() throws Exception {
        killMidSave(CalibrationFiles.in(dir.resolve("data")), calibrationVariants(),
                file -> assertThat(CalibrationFiles.load(file)).isPresent());
    }

    private void killMidSave(Path file, List<String> variants, Loader loader) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Quick to start: the child is killed within a few saves anyway.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto",
                "-cp", classpath(AtomicFiles.class) + File.pathSeparator + classpath(SaveLoop.class),
                SaveLoop.class.getName(), file.toString()));
        command.addAll(variants);
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

            loader.load(file);
            if (Files.exists(AtomicFiles.backupOf(file))) {
                loader.load(AtomicFiles.backupOf(file));
            }
        }
    }

    /** Settings as staff mode writes them, of different lengths, so a torn file could not pass for one. */
    private List<String> settingsVariants() throws Exception {
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

    /** Calibrations as {@code calibrate} saves them, of different lengths for the same reason. */
    private List<String> calibrationVariants() throws Exception {
        List<String> files = new ArrayList<>();
        for (int v = 0; v < 4; v++) {
            Path variant = dir.resolve("calibration" + v + ".json");
            CalibrationFiles.save(variant, new SavedCalibration(500.0 + v, 2.5 * v, 900.0 + 1000 * v, 60.0 + v, 30.0,
                    "2026-11-24T17:0" + v + ":00Z", "serial:/dev/serial/by-id/usb-Arduino_" + "x".repeat(50 * v)));
            assertThat(CalibrationFiles.load(variant)).isPresent();
            files.add(variant.toString());
        }
        return files;
    }

    private static String classpath(Class<?> c) throws Exception {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
