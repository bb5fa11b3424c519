package com.rollkiosk.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rollkiosk.domain.Screen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The kiosk command as the jar runs it. */
class KioskCommandTest {

    @TempDir
    Path tmp;

    @Test
    void aBadConfigPrintsEachProblemAndShowsOutOfOrderUntilADeskRunsWindowIsClosed() throws Exception {
        Path config = tmp.resolve("kiosk.json");
        Files.writeString(config, "{ \"hold\": { \"maximalSeconds\": -5 } }");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        KioskCommand kiosk = new KioskCommand(new PrintStream(err, true, StandardCharsets.UTF_8));
        java.util.concurrent.CompletableFuture<Integer> code = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> kiosk.run(new String[] {"--windowed", "--config", config.toString(), "--data", tmp.toString()}));
        java.awt.Frame[] outOfOrder = {null};
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (outOfOrder[0] == null && System.nanoTime() < deadline) {
            javax.swing.SwingUtilities.invokeAndWait(() -> {
                for (java.awt.Frame f : java.awt.Frame.getFrames()) {
                    if (f.isShowing() && f.getTitle().equals(OutOfOrder.TITLE)) {
                        outOfOrder[0] = f;
                    }
                }
            });
        }
        assertThat(outOfOrder[0]).as("the out-of-order window").isNotNull();
        assertThat(kiosk.start().outOfOrder()).isTrue();
        assertThat(kiosk.start().problems()).singleElement().asString().startsWith(config + ":1:");
        String printed = err.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("hold.maximalSeconds").doesNotContain("Exception", "\tat ");
        assertThat(tmp.resolve(ActivityLog.FILE)).doesNotExist();

        javax.swing.SwingUtilities.invokeAndWait(outOfOrder[0]::dispose);
        assertThat(code.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(2);
    }

    @Test
    void anUnknownOptionIsRefusedWithUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new KioskCommand(new PrintStream(err, true, StandardCharsets.UTF_8)).run(new String[] {"--fullscreen"});
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option: --fullscreen", "usage:");
    }

    @Test
    void theLaunchedKioskWritesFirstFrameAndAnAttractCardToTheActivityLogThenBuildsTheOtherScreens() throws Exception {
        KioskApp.Settings settings = new KioskCommand()
                .settings(new String[] {"--windowed", "--sensor", "none", "--data", tmp.toString()});
        KioskApp app = KioskApp.launch(settings);
        try {
            Path log = tmp.resolve(ActivityLog.FILE);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!events(log).contains("first_frame") && System.nanoTime() < deadline) {
                javax.swing.SwingUtilities.invokeAndWait(() -> { });
            }
            assertThat(events(log)).contains("first_frame", "attract_card");
            // Only the idle screen is built for the first frame; the others right after it.
            java.util.concurrent.atomic.AtomicInteger built = new java.util.concurrent.atomic.AtomicInteger();
            while (built.get() < Screen.values().length && System.nanoTime() < deadline) {
                javax.swing.SwingUtilities.invokeAndWait(() -> built.set(app.ui().builtScreens().size()));
            }
            assertThat(built).hasValue(Screen.values().length);
        } finally {
            app.close();
        }
    }

    private static List<String> events(Path log) throws Exception {
        if (!Files.exists(log)) {
            return List.of();
        }
        ObjectMapper json = new ObjectMapper();
        return Files.readAllLines(log).stream().map(l -> {
            try {
                return json.readTree(l).get("event").asText();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
    }
}
