package com.rollkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.rollkiosk.json.InvalidFilesException;
import com.rollkiosk.json.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved calibration's rules at their edges: each bound itself accepted, just past it refused. */
class CalibrationEdgesTest {

    @TempDir
    Path dir;

    /** The problems with a calibration of these numbers; empty when it loads. */
    private List<String> problems(String baseline, String noise, String loaded, String on, String off) throws Exception {
        Path file = Files.writeString(dir.resolve("calibration.json"), "{\"baseline\": " + baseline + ", \"noise\": "
                + noise + ", \"loadedLevel\": " + loaded + ", \"onThreshold\": " + on + ", \"offThreshold\": " + off
                + ", \"savedAt\": \"2026-11-24T18:00:00Z\", \"sensor\": \"serial:/dev/ttyACM0\"}");
        InvalidFilesException refused = catchThrowableOfType(() -> CalibrationFiles.load(file), InvalidFilesException.class);
        return refused == null ? List.of() : refused.problems().stream().map(p -> p.field() + ": " + p.message()).toList();
    }

    @Test
    void noiseMayBeZeroButNotBelow() throws Exception {
        assertThat(problems("500", "0", "900", "60", "30")).isEmpty();
        assertThat(problems("500", "-0.5", "900", "60", "30")).containsExactly("noise: must not be negative, was -0.5");
    }

    @Test
    void theOffThresholdMustBeAboveZero() throws Exception {
        assertThat(problems("500", "1", "900", "60", "0.5")).isEmpty();
        assertThat(problems("500", "1", "900", "60", "0")).containsExactly("offThreshold: must be above 0, was 0.0");
    }

    @Test
    void theOnThresholdMayEqualTheOffThresholdButNotFallBelowIt() throws Exception {
        assertThat(problems("500", "1", "900", "30", "30")).isEmpty();
        assertThat(problems("500", "1", "900", "29.5", "30"))
                .containsExactly("onThreshold: must not be below offThreshold (30.0), was 29.5");
    }

    @Test
    void theLoadedLevelMustLieBeyondTheOnThresholdInEitherDirection() throws Exception {
        assertThat(problems("500", "1", "560.5", "60", "30")).isEmpty();
        assertThat(problems("500", "1", "439.5", "60", "30")).as("a load cell wired the other way").isEmpty();
        assertThat(problems("500", "1", "560", "60", "30")).containsExactly(
                "loadedLevel: must lie further from baseline than onThreshold, or nobody could ever be detected");
        assertThat(problems("500", "1", "440", "60", "30")).hasSize(1);
    }

    @Test
    void everyNumberIsRequiredAndFinite() throws Exception {
        assertThat(problems("1e999", "1", "900", "60", "30")).containsExactly("baseline: must be a number, was Infinity");
        Path file = Files.writeString(dir.resolve("calibration.json"), "{\"baseline\": 500, \"noise\": 1}");
        InvalidFilesException refused = catchThrowableOfType(() -> CalibrationFiles.load(file), InvalidFilesException.class);
        assertThat(refused.problems()).extracting(Problem::field)
                .containsExactly("loadedLevel", "onThreshold", "offThreshold");
    }
}
