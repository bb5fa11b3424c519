package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.sensor.FakeArduino;
import com.rollkiosk.sensor.Socat;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code monitor} with the shipped config and no calibration, through a real pty, against the
 * sketches gyms actually flash: one person on and off makes exactly one contact_on and one
 * contact_off, whatever the units, the offset or the rate.
 */
@Timeout(60)
class StockSketchMonitorTest {

    @TempDir
    Path dir;

    static java.util.stream.Stream<Arguments> sketches() {
        return java.util.stream.Stream.of(
                Arguments.of("HX711_ADC example, kg", FakeArduino.Sketch.HX711_ADC_EXAMPLE, 0.02, 24.5),
                Arguments.of("raw HX711 counts", FakeArduino.Sketch.HX711_RAW, -121_500.0, -66_400.0),
                Arguments.of("analogRead at 1 kHz", FakeArduino.Sketch.ANALOG_READ_1KHZ, 7.0, 512.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sketches")
    void onePersonOnAndOffIsOneContact(String name, FakeArduino.Sketch sketch, double empty, double loaded)
            throws Exception {
        JsonLines out = new JsonLines();
        MonitorCommand monitor = new MonitorCommand(out.printStream(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), null, false);
        try (Socat socat = Socat.start(dir); FakeArduino arduino = new FakeArduino(socat, sketch, empty)) {
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> monitor.run(new String[] {
                    "--sensor", "serial:" + socat.deviceEnd(), "--config", "config/kiosk.json",
                    "--data", dir.resolve("data").toString()}));
            out.await("connected");
            // A second and a half of the empty roller: the automatic zero learns it in the first second.
            arduino.awaitPrinting(1.5);
            arduino.set(loaded);
            assertThat(out.await("contact_on")).isNotNull();
            arduino.awaitPrinting(1.5);
            arduino.set(empty);
            assertThat(out.await("contact_off")).isNotNull();
            arduino.awaitPrinting(1.5);
            monitor.requestStop();

            assertThat(out.await("summary").get("contacts").asLong()).isEqualTo(1);
            assertThat(exit.get(5, TimeUnit.SECONDS)).isZero();
            assertThat(out.all()).filteredOn(l -> l.contains("\"contact_on\"")).hasSize(1);
            assertThat(out.all()).filteredOn(l -> l.contains("\"contact_off\"")).hasSize(1);
            assertThat(out.all()).noneMatch(l -> l.contains("\"event\":\"disconnected\"") || l.contains("\"event\":\"unreadable\""));
        }
    }
}
