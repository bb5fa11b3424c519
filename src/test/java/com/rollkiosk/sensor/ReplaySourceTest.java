package com.rollkiosk.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.domain.RollerSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(20)
class ReplaySourceTest {

    @TempDir
    Path dir;

    @Test
    void recordingPlaysBackWithItsTimingThenFinishes() throws Exception {
        StringJoiner lines = new StringJoiner("\n");
        for (int t = 0; t <= 600; t += 20) {
            lines.add(t + "," + (t >= 100 && t < 400 ? 600 : 10));
        }
        lines.add("not a sample");
        Path file = Files.writeString(dir.resolve("press.csv"), lines.toString());
        EventLog log = new EventLog();
        ContactTracker tracker = new ContactTracker(new RollerSettings(100_000_000L, 100_000_000L, 0.0, 200.0, 120.0, null), log);
        ReplaySource replay = new ReplaySource(file, System::nanoTime);
        long started = System.nanoTime();
        try {
            replay.start(log.listenerFor(tracker));
            log.await("finished");
        } finally {
            replay.stop();
        }

        assertThat((System.nanoTime() - started) / 1_000_000L).as("played in real time").isGreaterThanOrEqualTo(600);
        assertThat(log.all()).containsSubsequence("on 600", "off 10", "NONE end of replay", "finished");
        assertThat(tracker.stats()).isEqualTo(new SensorStats(31, 1, 1, 0));
    }
}
