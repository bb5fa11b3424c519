package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.rollkiosk.config.SensorSettings;
import com.rollkiosk.sensor.FakeArduino;
import com.rollkiosk.sensor.Socat;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code monitor} end to end, in-process, against a socat pseudo-terminal: the contract outside checks rely on. */
@Timeout(30)
class MonitorCommandTest {

    private static final SensorSettings FAST = new SensorSettings(null, null, 0.0, 200.0, 120.0,
            150, 300, 2000, 50, 200, null);

    @TempDir
    Path dir;
    private final JsonLines out = new JsonLines();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final MonitorCommand monitor = new MonitorCommand(out.printStream(),
            new PrintStream(err, true, StandardCharsets.UTF_8), FAST, false);

    /** Runs with the test's own data folder, so a calibration saved on this machine never leaks in. */
    private int run(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--data";
        all[args.length + 1] = dir.resolve("data").toString();
        return monitor.run(all);
    }

    private CompletableFuture<Integer> start(String... args) {
        return CompletableFuture.supplyAsync(() -> run(args));
    }

    @Test
    void reportsContactGarbageAndReconnectionAsJsonLines() throws Exception {
        try (Socat socat = Socat.start(dir)) {
            Path recording = dir.resolve("rec.csv");
            CompletableFuture<Integer> exit = start("--sensor", "serial:" + socat.deviceEnd(),
                    "--record", recording.toString());
            assertThat(out.await("connected").get("port").asText()).isEqualTo(socat.deviceEnd().toString());

            socat.write("# rollkiosk-sensor 1 fsr 50Hz\r\nnoise\r\n");
            assertThat(out.await("info").get("text").asText()).isEqualTo("# rollkiosk-sensor 1 fsr 50Hz");
            try (FakeArduino arduino = new FakeArduino(socat, 10)) {
                arduino.set(600);
                assertThat(out.await("contact_on").get("value").asLong()).isEqualTo(600);
                arduino.set(10);
                assertThat(out.await("contact_off").get("value").asLong()).isEqualTo(10);

                socat.kill();
                assertThat(out.await("disconnected").get("reason").asText()).contains("port lost");
                socat.restart();
                assertThat(out.await("connected").get("port").asText()).isEqualTo(socat.deviceEnd().toString());
            }

            monitor.requestStop();
            JsonNode summary = out.await("summary");
            assertThat(exit.get(5, TimeUnit.SECONDS)).isZero();
            assertThat(summary.get("garbage").asLong()).isEqualTo(1);
            assertThat(summary.get("contacts").asLong()).isEqualTo(1);
            assertThat(summary.get("reconnects").asLong()).isEqualTo(1);
            assertThat(summary.get("samples").asLong()).isPositive();
            assertThat(Files.readAllLines(recording)).isNotEmpty().allMatch(l -> l.matches("\\d+,-?\\d+"));
        }
    }

    @Test
    void portThatTalksWithoutReadingsIsReportedUnreadableOnceThenConnectedWhenReadingsCome() throws Exception {
        try (Socat socat = Socat.start(dir)) {
            CompletableFuture<Integer> exit = start("--sensor", "serial:" + socat.deviceEnd());
            out.await("connected");
            socat.write("# rollkiosk-sensor 1 fsr 50Hz\r\n");
            try (FakeArduino arduino = new FakeArduino(socat, FakeArduino.Sketch.text("Hello"), 10)) {
                JsonNode unreadable = out.await("unreadable");
                assertThat(unreadable.fieldNames()).toIterable().containsExactly("t_ms", "event", "example");
                assertThat(unreadable.get("example").asText()).isEqualTo("Hello");

                arduino.play(FakeArduino.Sketch.ROLLKIOSK);
                assertThat(out.await("connected").get("port").asText()).isEqualTo(socat.deviceEnd().toString());
            }

            monitor.requestStop();
            JsonNode summary = out.await("summary");
            assertThat(exit.get(5, TimeUnit.SECONDS)).isZero();
            assertThat(summary.get("garbage").asLong()).as("Hello lines").isGreaterThanOrEqualTo(20);
            assertThat(summary.get("unreadable").asLong()).as("Hello lines and the info line")
                    .isEqualTo(summary.get("garbage").asLong() + 1);
            assertThat(out.all()).filteredOn(l -> l.contains("\"event\":\"unreadable\"")).hasSize(1);
            assertThat(out.all()).noneMatch(l -> l.contains("disconnected"));
        }
    }

    @Test
    void bounceShorterThanDebounceGivesNoContactEvent() throws Exception {
        try (Socat socat = Socat.start(dir); FakeArduino arduino = new FakeArduino(socat, 10)) {
            CompletableFuture<Integer> exit = start("--sensor", "serial:" + socat.deviceEnd());
            out.await("connected");

            arduino.pulse(600, 60, 10).get(5, TimeUnit.SECONDS);
            // Written after the last high reading, so by the time it is echoed the bounce has been judged.
            socat.write("# bounce over\n");
            out.await("info");
            monitor.requestStop();

            assertThat(out.await("summary").get("contacts").asLong()).isZero();
            assertThat(exit.get(5, TimeUnit.SECONDS)).isZero();
            assertThat(out.all()).noneMatch(l -> l.contains("contact_on"));
        }
    }

    @Test
    void replayEndsWithASummary() throws Exception {
        Path file = pressReplay(dir, 800);

        int exit = run(new String[] {"--sensor", "replay:" + file});

        assertThat(exit).isZero();
        assertThat(out.await("contact_on").get("value").asLong()).isEqualTo(600);
        assertThat(out.await("contact_off").get("value").asLong()).isEqualTo(10);
        assertThat(out.await("summary").get("samples").asLong()).isEqualTo(41);
    }

    /** A recording of one press from 100 to 400 ms, a sample every 20 ms up to {@code lastMs}. */
    static Path pressReplay(Path dir, int lastMs) throws java.io.IOException {
        StringBuilder lines = new StringBuilder();
        for (int t = 0; t <= lastMs; t += 20) {
            lines.append(t).append(',').append(t >= 100 && t < 400 ? 600 : 10).append('\n');
        }
        return Files.writeString(dir.resolve("press.csv"), lines);
    }

    @Test
    void unknownSensorSpecExitsWithTwoAndOneLine() {
        int exit = run(new String[] {"--sensor", "usb"});

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown sensor 'usb'").hasLineCount(1);
    }

    @Test
    void missingReplayFileExitsWithTwoAndOneLine() {
        int exit = run(new String[] {"--sensor", "replay:" + dir.resolve("missing.csv")});

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("replay file not found").hasLineCount(1);
    }
}
