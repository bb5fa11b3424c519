package com.rollkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.domain.RollerLevels;
import com.rollkiosk.json.InvalidFilesException;
import com.rollkiosk.json.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RollerLevelsFilesTest {

    private static final RollerLevels LEVELS = new RollerLevels("# rollkiosk-sensor 1 hx711 10Hz", -84_012.5, 48.2, 47.1, 1);

    @TempDir
    Path data;

    private List<String> problemsWith(String json) throws Exception {
        Path file = Files.writeString(RollerLevelsFiles.in(data), json);
        try {
            RollerLevelsFiles.load(file);
        } catch (InvalidFilesException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void whatIsSavedLoadsBackTheSame() throws Exception {
        Path file = RollerLevelsFiles.in(data);
        RollerLevelsFiles.save(file, SavedLevels.of(LEVELS, "2026-12-04T18:00:00Z"));

        assertThat(RollerLevelsFiles.load(file)).get().satisfies(l -> assertThat(l.toLevels()).isEqualTo(LEVELS));
        assertThat(data.toFile().list()).containsExactly(RollerLevelsFiles.FILE);
    }

    @Test
    void nothingRememberedYetIsNoFile() throws Exception {
        assertThat(RollerLevelsFiles.load(RollerLevelsFiles.in(data))).isEmpty();
    }

    @Test
    void aNegativeNoiseIsRefusedAtItsPlace() throws Exception {
        assertThat(problemsWith("{\"sensor\": \"\", \"zero\": 4,\n \"noise\": -1, \"sway\": 0.3, \"quantum\": 1}"))
                .singleElement().asString().contains("roller-levels.json:2:").contains("noise: must not be negative");
    }

    @Test
    void aMissingZeroAndAQuantumAboveOneAreBothReported() throws Exception {
        assertThat(problemsWith("{\"noise\": 1, \"sway\": 0.3, \"quantum\": 5}"))
                .anyMatch(p -> p.contains("zero: missing required field"))
                .anyMatch(p -> p.contains("quantum: must be above 0 and at most 1, was 5.0"));
    }

    @Test
    void textWhereANumberBelongsIsRefused() throws Exception {
        assertThat(problemsWith("{\"zero\": \"lots\", \"noise\": 1, \"sway\": 0.3, \"quantum\": 1}"))
                .anyMatch(p -> p.contains("zero"));
    }
}
