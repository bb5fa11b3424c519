package com.rollkiosk.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.domain.SensorStatus;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What staff diagnostics read from the tracker, with the roller on a real pty. */
@Timeout(30)
class TrackerLinkPtyTest {

    @TempDir
    Path dir;

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within 10 s").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    @Test
    void portInfoLineReadingsAndAnUnreadableExampleReachTheLinkReport() throws Exception {
        try (Socat socat = Socat.start(dir)) {
            ContactTracker tracker = new ContactTracker(ContactTracker.settings(SerialSourcePtyTest.SETTINGS, null),
                    new EventLog());
            SerialSource source = new SerialSource(socat.deviceEnd().toString(), SerialSourcePtyTest.SETTINGS,
                    System::nanoTime, 400);
            source.start(tracker);
            try (FakeArduino arduino = new FakeArduino(socat, 18)) {
                await("connected", () -> tracker.link().status() == SensorStatus.CONNECTED);
                socat.write("# rollkiosk-sensor 1 fsr 50Hz\r\n");
                await("the info line", () -> tracker.link().info() != null);
                await("a second of readings", () -> tracker.recent().values().length >= 25);

                assertThat(tracker.link().port()).isEqualTo(socat.deviceEnd().toString());
                assertThat(tracker.link().info()).isEqualTo("# rollkiosk-sensor 1 fsr 50Hz");
                assertThat(tracker.recent().values()).containsOnly(18.0);

                arduino.play(FakeArduino.Sketch.text("Hello from the roller"));
                await("unreadable", () -> tracker.link().status() == SensorStatus.UNREADABLE);
                assertThat(tracker.link().example()).isEqualTo("Hello from the roller");
                assertThat(tracker.stats().garbage()).isPositive();
            } finally {
                source.stop();
            }
        }
    }
}
