package com.rollkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rollkiosk.domain.CalibrationResult;
import com.rollkiosk.json.InvalidFilesException;
import com.rollkiosk.json.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationFilesTest {

    private static final CalibrationResult.Calibrated CALIBRATED =
            new CalibrationResult.Calibrated(-121_500, 58.5, -66_400, 22_000, 11_000);

    @TempDir
    Path data;

    private List<Problem> problemsWith(String json) throws Exception {
        Path file = Files.writeString(CalibrationFiles.in(data), json);
        try {
            CalibrationFiles.load(file);
        } catch (InvalidFilesException e) {
            return e.problems();
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void whatIsSavedLoadsBackTheSame() throws Exception {
        Path file = CalibrationFiles.in(data);
        CalibrationFiles.save(file, SavedCalibration.of(CALIBRATED, "2026-11-24T16:00:00Z", "serial:/dev/ttyACM0"));

        assertThat(CalibrationFiles.load(file)).get().satisfies(c -> {
            assertThat(c.toCalibrated()).isEqualTo(CALIBRATED);
            assertThat(c.sensor()).isEqualTo("serial:/dev/ttyACM0");
        });
    }

    @Test
    void noFileMeansNoCalibrationYet() throws Exception {
        assertThat(CalibrationFiles.load(CalibrationFiles.in(data))).isEmpty();
    }

    @Test
    void savingAgainKeepsThePreviousAsABackup() throws Exception {
        Path file = CalibrationFiles.in(data);
        CalibrationFiles.save(file, SavedCalibration.of(CALIBRATED, "first", "sim"));
        CalibrationFiles.save(file, SavedCalibration.of(CALIBRATED, "second", "sim"));

        assertThat(Files.readString(data.resolve(CalibrationFiles.FILE + ".bak"))).contains("first");
        assertThat(Files.readString(file)).contains("second");
        assertThat(data.toFile().list()).containsExactlyInAnyOrder(CalibrationFiles.FILE, CalibrationFiles.FILE + ".bak");
    }

    @Test
    void aWordWhereANumberBelongsIsRefusedWithItsPlace() throws Exception {
        List<Problem> problems = problemsWith("""
                {"baseline": 0, "noise": 2, "loadedLevel": 1000,
                 "onThreshold": "lots", "offThreshold": 200}
                """);

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("onThreshold");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.toString()).startsWith(CalibrationFiles.in(data) + ":2:");
        });
    }

    @Test
    void notANumberIsRefused() throws Exception {
        assertThat(problemsWith("""
                {"baseline": "NaN", "noise": 2, "loadedLevel": 1000, "onThreshold": 400, "offThreshold": 200}
                """)).anySatisfy(p -> assertThat(p.field()).isEqualTo("baseline"));
    }

    @Test
    void thresholdsTheWrongWayRoundAreRefused() throws Exception {
        assertThat(problemsWith("""
                {"baseline": 0, "noise": 2, "loadedLevel": 1000, "onThreshold": 100, "offThreshold": 200}
                """)).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("onThreshold"));
    }

    @Test
    void aLoadedLevelInsideTheThresholdIsRefused() throws Exception {
        assertThat(problemsWith("""
                {"baseline": 0, "noise": 2, "loadedLevel": 300, "onThreshold": 400, "offThreshold": 200}
                """)).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("loadedLevel"));
    }

    @Test
    void aMissingFieldIsRefused() throws Exception {
        assertThat(problemsWith("""
                {"baseline": 0, "noise": 2, "onThreshold": 400, "offThreshold": 200}
                """)).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("loadedLevel"));
    }

    @Test
    void brokenJsonIsRefused() throws Exception {
        assertThat(problemsWith("{\"baseline\": 0, ")).isNotEmpty();
    }
}
