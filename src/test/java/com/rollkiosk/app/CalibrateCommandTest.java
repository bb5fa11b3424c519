package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.config.CalibrationFiles;
import com.rollkiosk.config.SensorSettings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code calibrate} against recordings, unattended, then {@code monitor} using what it saved. */
@Timeout(60)
class CalibrateCommandTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int calibrate(Path replay, String... more) {
        String[] base = {"--sensor", "replay:" + replay, "--data", dir.resolve("data").toString(),
                "--empty-seconds", "1", "--loaded-seconds", "1"};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return new CalibrateCommand(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    /** 50 Hz: an empty FSR near 18 for 1.5 s, then a person near 640 until 4.5 s. */
    private Path personGetsOn() throws Exception {
        StringBuilder lines = new StringBuilder();
        Random random = new Random(1);
        for (int t = 0; t <= 5000; t += 20) {
            double load = t < 1500 ? 0 : t < 2000 ? (t - 1500) / 500.0 : t < 4500 ? 1 : 0;
            lines.append(t).append(',').append(Math.round(18 + 622 * load + random.nextGaussian() * 2)).append('\n');
        }
        return Files.writeString(dir.resolve("on.csv"), lines);
    }

    @Test
    void aPersonLyingStillIsMeasuredAndTheLevelsSaved() throws Exception {
        int exit = calibrate(personGetsOn(), "--yes");

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("empty level:", "noise:", "loaded level:", "on threshold:", "off threshold:", "saved ");
        var saved = CalibrationFiles.load(CalibrationFiles.in(dir.resolve("data"))).orElseThrow();
        assertThat(saved.baseline()).isBetween(14.0, 22.0);
        assertThat(saved.loadedLevel()).isBetween(630.0, 650.0);
        assertThat(saved.onThreshold()).isGreaterThan(saved.offThreshold());
    }

    @Test
    void monitorUsesTheSavedCalibration() throws Exception {
        assertThat(calibrate(personGetsOn(), "--yes")).isZero();
        JsonLines events = new JsonLines();
        MonitorCommand monitor = new MonitorCommand(events.printStream(), new PrintStream(err, true, StandardCharsets.UTF_8),
                SensorSettings.defaults(), false);

        int exit = monitor.run(new String[] {"--sensor", "replay:" + personGetsOn(), "--data", dir.resolve("data").toString()});

        assertThat(exit).isZero();
        assertThat(events.await("contact_on")).isNotNull();
        assertThat(events.await("summary").get("levels").asText()).isEqualTo("calibration");
    }

    @Test
    void aSensorWhoseNoiseSwampsThePersonIsRefusedAndNothingIsSaved() throws Exception {
        StringBuilder lines = new StringBuilder();
        Random random = new Random(2);
        for (int t = 0; t <= 7000; t += 20) {
            lines.append(t).append(',').append(Math.round(500 + (t > 1500 ? 100 : 0) + random.nextGaussian() * 300)).append('\n');
        }
        Path noisy = Files.writeString(dir.resolve("noisy.csv"), lines);

        int exit = calibrate(noisy, "--yes");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not calibrated", "cannot be told apart", "Nothing was saved");
        assertThat(Files.exists(CalibrationFiles.in(dir.resolve("data")))).isFalse();
    }

    @Test
    void badArgumentsExitWithTwo() throws Exception {
        assertThat(calibrate(personGetsOn(), "--empty-seconds", "soon")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--empty-seconds", "usage:");
        int zero = new CalibrateCommand(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(new String[] {"--sensor", "none", "--loaded-seconds", "0"});
        assertThat(zero).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("must be 1 to 120 seconds");
    }

    @Test
    void aRecordingThatEndsTooSoonIsNotCalibrated() throws Exception {
        Path tiny = Files.writeString(dir.resolve("tiny.csv"), "0,18\n20,19\n40,18\n");

        assertThat(calibrate(tiny, "--yes")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("readings of the empty roller arrived",
                "(the recording has ended)");
    }

    @Test
    void withLangDeItSaysWhyInGerman() throws Exception {
        Path tiny = Files.writeString(dir.resolve("tiny.csv"), "0,18\n20,19\n40,18\n");

        assertThat(calibrate(tiny, "--yes", "--lang", "de")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .matches("calibrate: nicht kalibriert: nur \\d+ Messwerte der leeren Rolle kamen an"
                        + " \\(die Aufzeichnung ist zu Ende\\)\\. Nichts wurde gespeichert\\.");
    }
}
