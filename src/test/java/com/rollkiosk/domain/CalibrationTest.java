package com.rollkiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    private static long[] noisy(long level, int noise, int count, long seed) {
        Random random = new Random(seed);
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = level + random.nextInt(2 * noise + 1) - noise;
        }
        return values;
    }

    @Test
    void baselineAndNoiseComeFromTheEmptyRoller() {
        long[] empty = noisy(40, 5, 100, 1);

        CalibrationResult result = Calibration.calibrate(empty, noisy(700, 20, 100, 2));

        assertThat(result).isInstanceOfSatisfying(CalibrationResult.Calibrated.class, c -> {
            assertThat(c.baseline()).isBetween(35L, 45L);
            assertThat(c.noise()).isBetween(1L, 10L);
            assertThat(c.loadedLevel()).isBetween(680L, 720L);
        });
    }

    @Test
    void thresholdsLieBetweenTheNoiseAndTheLoadedLevel() {
        CalibrationResult result = Calibration.calibrate(noisy(40, 5, 100, 3), noisy(700, 20, 100, 4));

        assertThat(result).isInstanceOfSatisfying(CalibrationResult.Calibrated.class, c -> {
            assertThat(c.offThreshold()).isGreaterThan(c.noise());
            assertThat(c.onThreshold()).isGreaterThan(c.offThreshold());
            assertThat(c.baseline() + c.onThreshold()).isLessThan(c.loadedLevel());
        });
    }

    @Test
    void thresholdsDetectTheCalibratedPerson() {
        long[] empty = noisy(-5000, 300, 100, 5);
        long[] loaded = noisy(90_000, 4000, 100, 6);
        var c = (CalibrationResult.Calibrated) Calibration.calibrate(empty, loaded);
        ContactDetector detector = new ContactDetector(
                new ContactThresholds(c.baseline(), c.onThreshold(), c.offThreshold(), 0, 0));

        for (long v : empty) {
            detector.feed(0, v);
        }
        assertThat(detector.isOn()).as("empty roller").isFalse();
        for (long v : loaded) {
            detector.feed(0, v);
        }
        assertThat(detector.isOn()).as("loaded roller").isTrue();
    }

    @Test
    void refusesWhenTheLoadedLevelIsWithinTheNoise() {
        CalibrationResult result = Calibration.calibrate(noisy(500, 50, 100, 7), noisy(560, 50, 100, 8));

        assertThat(result).isInstanceOfSatisfying(CalibrationResult.Refused.class,
                r -> assertThat(r.reason()).contains("varies by"));
    }

    @Test
    void refusesWhenTheLoadedRollerReadsLowerThanTheEmptyOne() {
        CalibrationResult result = Calibration.calibrate(noisy(0, 10, 100, 9), noisy(-80_000, 10, 100, 10));

        assertThat(result).isInstanceOfSatisfying(CalibrationResult.Refused.class,
                r -> assertThat(r.reason()).contains("reversed"));
    }

    @Test
    void refusesTooFewReadings() {
        CalibrationResult result = Calibration.calibrate(new long[3], noisy(700, 20, 100, 11));

        assertThat(result).isInstanceOfSatisfying(CalibrationResult.Refused.class,
                r -> assertThat(r.reason()).contains("got 3"));
    }
}
