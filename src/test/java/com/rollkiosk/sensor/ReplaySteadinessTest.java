package com.rollkiosk.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.config.SensorSettings;
import com.rollkiosk.domain.SensorStatus;
import com.rollkiosk.domain.Steadiness;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The recorded-style replays (a 10 Hz load cell with a large offset, a 50 Hz FSR), played fast
 * through the same tracker {@code monitor} uses, with the shipped defaults and no calibration:
 * one contact each, and its steadiness called right for at least 95 % of the contact.
 */
class ReplaySteadinessTest {

    private static final double SPEED = 25;

    /** Everything the tracker reported, with sample times. */
    private static final class Recorded implements ContactListener {
        final List<long[]> contacts = new ArrayList<>();
        final List<Object[]> steadiness = new ArrayList<>();
        final CountDownLatch finished = new CountDownLatch(1);

        @Override
        public void contactOn(long tNanos, double value) {
            contacts.add(new long[] {tNanos, 1});
        }

        @Override
        public void contactOff(long tNanos, double value) {
            contacts.add(new long[] {tNanos, 0});
        }

        @Override
        public void steadinessChanged(long tNanos, Steadiness s) {
            steadiness.add(new Object[] {tNanos, s});
        }

        @Override
        public void statusChanged(SensorStatus status, String detail) {
        }

        @Override
        public void finished() {
            finished.countDown();
        }

        /** The share of the contact during which {@code expected} was the class in force. */
        double shareOf(Steadiness expected) {
            long on = contacts.get(0)[0];
            long off = contacts.get(1)[0];
            long right = 0;
            for (int i = 0; i < steadiness.size(); i++) {
                long from = (long) steadiness.get(i)[0];
                long to = i + 1 < steadiness.size() ? (long) steadiness.get(i + 1)[0] : off;
                if (steadiness.get(i)[1] == expected) {
                    right += Math.min(to, off) - Math.max(from, on);
                }
            }
            return (double) right / (off - on);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"loadcell-10hz-hold.csv, STEADY", "loadcell-10hz-rolling.csv, ROLLING",
                "fsr-50hz-hold.csv, STEADY", "fsr-50hz-rolling.csv, ROLLING"})
    void oneContactCalledRightForAtLeast95Percent(String file, Steadiness expected) throws Exception {
        Recorded recorded = new Recorded();
        ContactTracker tracker = new ContactTracker(ContactTracker.settings(SensorSettings.defaults(), null), recorded);
        ReplaySource replay = new ReplaySource(Path.of("src/test/resources/replays", file), System::nanoTime, SPEED);

        replay.start(tracker);
        try {
            assertThat(recorded.finished.await(20, TimeUnit.SECONDS)).as("replay finished").isTrue();
        } finally {
            replay.stop();
        }

        assertThat(recorded.contacts).extracting(c -> c[1]).containsExactly(1L, 0L);
        assertThat(recorded.shareOf(expected)).isGreaterThanOrEqualTo(0.95);
    }
}
