package com.rollkiosk.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.domain.RollerSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        assertThat(tracker.stats()).isEqualTo(new SensorStats(31, 1, 1, 1, 0));
    }

    @Test
    void valuesNoSensorLineCouldCarryAreGarbageAndDecimalsAreReadings() throws Exception {
        String[] garbage = {"nan", "NaN", "inf", "-Infinity", "1e400", "99999999999999999999", "2147483648",
            "-2147483648.5", "0x1p3", "1.5f", "", "abc", "12,5", "1,5 kg"};
        StringJoiner lines = new StringJoiner("\n");
        lines.add("0,10").add("5,10.5").add("10,-3.25").add("15,1.23456785E7").add("20,-2147483648").add("x,5");
        for (int i = 0; i < garbage.length; i++) {
            lines.add((25 + i) + "," + garbage[i]);
        }
        Path file = Files.writeString(dir.resolve("bad.csv"), lines.toString());
        List<Double> values = new ArrayList<>();
        CountingListener listener = new CountingListener(values::add);
        ReplaySource replay = new ReplaySource(file, System::nanoTime);
        try {
            replay.start(listener);
            assertThat(listener.awaitFinished(5)).as("replay finished").isTrue();
        } finally {
            replay.stop();
        }

        assertThat(values).containsExactly(10.0, 10.5, -3.25, 12_345_678.5, -2_147_483_648.0);
        assertThat(listener.garbage).hasValue(1 + garbage.length);
    }
}
