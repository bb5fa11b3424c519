package com.rollkiosk.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.Reliability;
import com.rollkiosk.config.SensorSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reliability: the roller's cable pulled and pushed back, again and again, through a real pty.
 * Each time the loss is reported (the kiosk goes on touch) and the port is read again within 2 s
 * of the replug. The reconnect backoff is the shipped one (250 ms doubling up to 1.5 s); the cable
 * stays out for one to three retries, and the last time for four, when the wait has reached its cap. 8 cycles here, 100 with {@code -Preliability}.
 */
@Timeout(600)
class UnplugReliabilityTest {

    static final long REPLUG_LIMIT_MS = 2000;
    static final SensorSettings SETTINGS = new SensorSettings(null, null, 0.0, 200.0, 120.0,
            150, 300, 400, 250, 1_500, null);

    @TempDir
    Path dir;

    @Test
    void everyReplugIsReadAgainWithinTwoSeconds() throws Exception {
        int cycles = Reliability.size(8, 100);
        Random random = new Random(11);
        EventLog log = new EventLog();
        ContactTracker tracker = new ContactTracker(ContactTracker.settings(SETTINGS, null), log);
        List<Long> replugMs = new ArrayList<>();
        try (Socat socat = Socat.start(dir);
             FakeArduino arduino = new FakeArduino(socat, SerialSourcePtyTest.EMPTY)) {
            SerialSource source = new SerialSource(socat.deviceEnd().toString(), SETTINGS, System::nanoTime, 400);
            source.start(log.listenerFor(tracker));
            try {
                log.await("CONNECTED");
                log.awaitSamples(3);
                for (int i = 0; i < cycles; i++) {
                    log.forgetRetries();
                    socat.kill();
                    assertThat(log.await("RECONNECTING")).as("cycle %d", i).contains("port lost");
                    // The last cable stays out until the backoff reaches its cap: a long unplug is read again as soon.
                    log.awaitRetries(i == cycles - 1 ? 4 : 1 + random.nextInt(Reliability.isLong() ? 3 : 2));

                    socat.restart();
                    long start = System.nanoTime();
                    assertThat(log.await("CONNECTED")).as("cycle %d", i).isEqualTo("CONNECTED " + socat.deviceEnd());
                    replugMs.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                    log.awaitSamples(3);
                }
            } finally {
                source.stop();
            }
        }
        System.out.printf("%d replugs, ms to reconnect: max %d, all %s%n", cycles,
                replugMs.stream().mapToLong(Long::longValue).max().orElse(0), replugMs);
        assertThat(replugMs).hasSize(cycles).allMatch(ms -> ms <= REPLUG_LIMIT_MS);
        assertThat(tracker.stats().reconnects()).isEqualTo(cycles);
        assertThat(log.all()).noneMatch(e -> e.startsWith("on"));
    }
}
