package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code preview}: every screen as a PNG for content editors, and the same refusals as {@code check}. */
class PreviewCommandTest {

    static final List<String> SCREENS = List.of("idle", "safety-list", "not-safe", "routine", "intensity",
            "hold-get-ready", "hold-running", "hold-last-seconds", "hold-paused", "switch-side", "hold-next-get-ready",
            "hold-waiting", "end-question", "finished", "finished-no-holds", "staff-pin", "staff-menu", "staff-settings", "staff-statistics", "hold-sensor-waiting",
            "hold-coaching-steady", "hold-coaching-rolling", "hold-coaching-shifting", "staff-calibration",
            "staff-diagnostics", "out-of-order", "out-of-order-pin", "out-of-order-problems");

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int preview(String... args) {
        return new PreviewCommand(print(out), print(err), false).run(args);
    }

    private static PrintStream print(ByteArrayOutputStream to) {
        return new PrintStream(to, true, StandardCharsets.UTF_8);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyScreenIsSavedAsAPngNamedByScreenAndStateAtTheSizeAsked() throws Exception {
        assertThat(preview("--out", dir.toString(), "--size", "1280x800", "--lang", "en")).isZero();
        try (Stream<Path> files = Files.list(dir.resolve("en"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(SCREENS.stream().map(s -> s + ".png").toList());
        }
        var image = ImageIO.read(dir.resolve("en/hold-running.png").toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(800);
        assertThat(printed()).contains(SCREENS.size() + " screens for en at 1280x800");
    }

    @Test
    void anOutThatIsAFileIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        assertThat(preview("--out", file.toString())).isEqualTo(2);
        assertThat(printed()).contains("preview: --out " + file + " is a file; it must be a folder")
                .doesNotContain("Exception");
    }

    @Test
    void anOutThatCannotBeWrittenIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        assertThat(preview("--out", file.resolve("pictures").toString())).isEqualTo(2);
        assertThat(printed()).contains("preview: cannot make the folder " + file.resolve("pictures"))
                .doesNotContain("\tat ");
    }

    @Test
    void aLanguageWithNoContentIsRefusedNamingThoseThereAre() {
        assertThat(preview("--out", dir.toString(), "--lang", "fr")).isEqualTo(2);
        assertThat(printed()).contains("preview: no content for language \"fr\"; the content folder has en");
        assertThat(dir.resolve("fr")).doesNotExist();
    }

    @Test
    void brokenFilesGetTheSameMessagesAndExitCodeAsCheck() throws Exception {
        Path config = Files.writeString(dir.resolve("kiosk.json"), "{\n  \"hold\": { \"maximalSeconds\": 300 }\n}\n");
        int previewCode = preview("--out", dir.resolve("out").toString(), "--config", config.toString());
        String previewSaid = out.toString(StandardCharsets.UTF_8);
        ByteArrayOutputStream checkOut = new ByteArrayOutputStream();
        int checkCode = new CheckCommand(print(checkOut), print(new ByteArrayOutputStream()))
                .run(new String[] {"--config", config.toString()});
        assertThat(previewCode).isEqualTo(checkCode).isEqualTo(2);
        assertThat(previewSaid).isEqualTo(checkOut.toString(StandardCharsets.UTF_8))
                .contains("hold.maximalSeconds: must be shorter");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aSizeThatIsNotWidthByHeightIsAUsageError() {
        assertThat(preview("--out", dir.toString(), "--size", "big")).isEqualTo(2);
        assertThat(printed()).contains("--size", "must be WIDTHxHEIGHT", "usage:");
    }

    @Test
    void outIsRequired() {
        assertThat(preview("--lang", "en")).isEqualTo(2);
        assertThat(printed()).contains("--out is required", "usage:");
    }
}
