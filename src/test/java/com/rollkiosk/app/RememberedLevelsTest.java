package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.config.RollerLevelsFiles;
import com.rollkiosk.domain.RollerLevels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RememberedLevelsTest {

    private static final RollerLevels LEVELS = new RollerLevels("# rollkiosk-sensor 1 fsr 50Hz", 4, 0.6, 0.3, 1);

    @TempDir
    Path data;
    private final List<String> logged = new CopyOnWriteArrayList<>();

    private static void await(java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 10 s");
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void levelsRememberedSurviveARestart() throws Exception {
        try (RememberedLevels first = new RememberedLevels(data, logged::add)) {
            first.remember(LEVELS);
            await(() -> Files.exists(RollerLevelsFiles.in(data)));
        }

        try (RememberedLevels second = new RememberedLevels(data, logged::add)) {
            assertThat(second.recall()).isEqualTo(LEVELS);
        }
        assertThat(logged).isEmpty();
    }

    @Test
    void aFileEditedIntoNonsenseIsLoggedWithItsPlaceAndNothingIsRecalled() throws Exception {
        Files.writeString(RollerLevelsFiles.in(data), "{\"zero\": 4, \"noise\": -2, \"sway\": 0, \"quantum\": 1}");

        try (RememberedLevels levels = new RememberedLevels(data, logged::add)) {
            assertThat(levels.recall()).isNull();
        }
        assertThat(logged).singleElement().asString().contains("roller-levels.json:1:").contains("noise")
                .contains("learns its empty level afresh");
    }

    @Test
    void aDataFolderThatCannotBeWrittenLeavesTheLevelsInUseAndSaysSo() throws Exception {
        Path notAFolder = Files.writeString(data.resolve("file"), "x");

        try (RememberedLevels levels = new RememberedLevels(notAFolder, logged::add)) {
            levels.remember(LEVELS);
            await(() -> levels.failure() != null);
            assertThat(levels.recall()).isEqualTo(LEVELS);
        }
        assertThat(logged).singleElement().asString().contains("cannot remember");
    }
}
