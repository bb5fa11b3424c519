package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rollkiosk.config.SensorSettings;
import com.rollkiosk.domain.FakeClock;
import com.rollkiosk.sensor.ContactTracker;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code monitor}'s {@code roller_may_be_broken} event: a dead FSR wire reads a constant 0 while the
 * port stays connected. Fed through the same tracker and printer the command uses, with the
 * readings' own times, so a minute of them takes no minute.
 */
class MonitorStuckEventTest {

    private static final long SECOND = 1_000_000_000L;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final FakeClock clock = new FakeClock();
    private final ContactTracker tracker = new ContactTracker(ContactTracker.settings(new SensorSettings(
            null, null, null, null, null, null, null, null, null, null, null), null),
            new JsonEvents(new PrintStream(bytes, true, StandardCharsets.UTF_8), clock, clock.nanoTime(), () -> { }));

    private List<JsonNode> events(String name) throws Exception {
        ObjectMapper json = new ObjectMapper();
        return bytes.toString(StandardCharsets.UTF_8).lines().map(l -> {
            try {
                return json.readTree(l);
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }).filter(n -> n.get("event").asText().equals(name)).toList();
    }

    private void play(long seconds, java.util.function.LongToDoubleFunction value) {
        for (long i = 0; i < seconds * 50; i++) {
            tracker.onSample(clock.nanoTime(), value.applyAsDouble(i));
            clock.advanceNanos(SECOND / 50);
        }
    }

    @Test
    void aReadingStuckAtZeroForAMinuteIsPrintedOnceAsRollerMayBeBroken() throws Exception {
        tracker.onConnected("/dev/ttyACM0");

        play(30, i -> 0);
        assertThat(events("roller_may_be_broken")).isEmpty();
        play(60, i -> 0);

        List<JsonNode> said = events("roller_may_be_broken");
        assertThat(said).hasSize(1);
        assertThat(said.get(0).get("reason").asText()).isEqualTo("stuck");
        assertThat(said.get(0).get("t_ms").asLong()).isBetween(59_900L, 60_100L);
        assertThat(tracker.readingStuck()).isTrue();
    }

    @Test
    void aLiveSensorWhoseCountsMoveIsNeverCalledBroken() throws Exception {
        tracker.onConnected("/dev/ttyACM0");

        play(180, i -> 8_400_000 + (i * 7919 % 5) - 2);

        assertThat(events("roller_may_be_broken")).isEmpty();
        assertThat(tracker.readingStuck()).isFalse();
    }

    @Test
    void losingThePortClearsItAndANewConnectionStartsTheMinuteAfresh() throws Exception {
        tracker.onConnected("/dev/ttyACM0");
        play(61, i -> 0);
        assertThat(tracker.readingStuck()).isTrue();

        tracker.onDisconnected("port lost");
        assertThat(tracker.readingStuck()).isFalse();
        tracker.onConnected("/dev/ttyACM0");
        play(30, i -> 0);

        assertThat(tracker.readingStuck()).isFalse();
        assertThat(events("roller_may_be_broken")).hasSize(1);
    }
}
