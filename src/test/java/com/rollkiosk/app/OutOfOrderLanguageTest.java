package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The out-of-order screen's language and screen, read from a config that may itself be what is broken. */
class OutOfOrderLanguageTest {

    @TempDir
    Path dir;

    @Test
    void aConfigThatFailsItsRulesStillGivesItsLanguageAndScreen() throws Exception {
        Path config = Files.writeString(dir.resolve("kiosk.json"),
                "{ \"hold\": { \"maximalSeconds\": -5 }, \"language\": \"de\", \"display\": { \"screen\": 1 } }");
        assertThat(OutOfOrder.language(config)).isEqualTo("de");
        assertThat(OutOfOrder.screen(config)).isEqualTo(1);
    }

    @Test
    void aConfigThatCannotBeReadOrNamesAnUnknownLanguageGivesEnglishOnTheFirstScreen() throws Exception {
        Path malformed = Files.writeString(dir.resolve("malformed.json"), "{ \"language\": \"de\", ");
        Path french = Files.writeString(dir.resolve("french.json"), "{ \"language\": \"fr\", \"display\": { \"screen\": -3 } }");
        Path folder = Files.createDirectories(dir.resolve("folder.json"));
        for (Path config : new Path[] {malformed, french, folder, dir.resolve("missing.json")}) {
            assertThat(OutOfOrder.language(config)).as(config.toString()).isEqualTo("en");
            assertThat(OutOfOrder.screen(config)).as(config.toString()).isZero();
        }
    }
}
