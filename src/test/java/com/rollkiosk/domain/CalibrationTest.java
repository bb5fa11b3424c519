package com.rollkiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    private static double[] noisy(double level, int noise, int count, long seed) {
        Random random = new Random(seed);
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = level + random.nextInt(2 * noise + 1) - noise;
        }
        return values;
    }

    private static CalibrationResult.Calibrated calibrated(double[] empty, double[] loaded) {
        return (CalibrationResult.Calibrated) Calibration.calibrate(empty, loaded);
    }

    @Test
    void baselineAndNoiseComeFromTheEmptyRoller() {
        var c = calibrated(noisy(40, 5, 100, 1), noisy(700, 20, 100, 2));

        assertThat(c.baseline()).isBetween(35.0, 45.0);
        assertThat(c.noise()).isBetween(1.0, 5.0);
        assertThat(c.loadedLevel()).isBetween(680.0, 720.0);
    }

    @Test
    void thresholdsLieBetweenTheNoiseAndTheLoadedLevel() {
        var c = calibrated(noisy(40, 5, 100, 3), noisy(700, 20, 100, 4));

        assertThat(c.offThreshold()).isGreaterThan(5);
        assertThat(c.onThreshold()).isGreaterThan(c.offThreshold());
        assertThat(c.baseline() + c.onThreshold()).isLessThan(c.loadedLevel());
    }

    @Test
    void thresholdsDetectTheCalibratedPerson() {
        double[] empty = noisy(-5000, 300, 100, 5);
        double[] loaded = noisy(90_000, 4000, 100, 6);
        Roller roller = new Roller(RollerSettings.automatic(0, 0).withCalibration(calibrated(empty, loaded)));
        RecordingEvents events = new RecordingEvents();

        long t = 0;
        for (double v : empty) {
            roller.feed(t += 20_000_000L, v, events);
        }
        assertThat(roller.isOn()).as("empty roller").isFalse();
        for (double v : loaded) {
            roller.feed(t += 20_000_000L, v, events);
        }
        assertThat(roller.isOn()).as("loaded roller").isTrue();
    }

    @Test
    void aLoadCellWiredTheOtherWayCalibratesWithItsDirection() {
        var c = calibrated(noisy(0, 10, 100, 9), noisy(-80_000, 10, 100, 10));

        assertThat(c.loadedLevel()).isLessThan(c.baseline());
        assertThat(c.onThreshold()).isPositive().isLessThan(80_000);
    }

    @Test
    void refusesWhenTheLoadedLevelIsWithinTheNoise() {
        CalibrationResult result = Calibration.calibrate(noisy(500, 50, 100, 7), noisy(560, 50, 100, 8));

        assertThat(result).isInstanceOfSatisfying(CalibrationResult.Refused.class,
                r -> {
                    assertThat(r.why()).isEqualTo(CalibrationResult.Why.CANNOT_TELL_APART);
                    assertThat(r.reason()).contains("cannot be told apart");
                });
    }

    @Test
    void refusesWhenThePersonDidNotHoldStill() {
        CalibrationResult result = Calibration.calibrate(noisy(0, 2, 100, 12), noisy(1000, 900, 100, 13));

        assertThat(result).isInstanceOfSatisfying(CalibrationResult.Refused.class,
                r -> {
                    assertThat(r.why()).isEqualTo(CalibrationResult.Why.NOT_STILL);
                    assertThat(r.reason()).contains("lie still");
                });
    }

    @Test
    void refusesReadingsThatAreNotNumbers() {
        double[] loaded = noisy(700, 20, 100, 14);
        loaded[3] = Double.NaN;

        assertThat(Calibration.calibrate(noisy(40, 5, 100, 15), loaded)).isInstanceOfSatisfying(
                CalibrationResult.Refused.class, r -> assertThat(r.why()).isEqualTo(CalibrationResult.Why.NOT_NUMBERS));
    }

    @Test
    void refusesTooFewReadings() {
        CalibrationResult result = Calibration.calibrate(new double[3], noisy(700, 20, 100, 11));

        assertThat(result).isInstanceOfSatisfying(CalibrationResult.Refused.class,
                r -> {
                    assertThat(r.why()).isEqualTo(CalibrationResult.Why.TOO_FEW_EMPTY);
                    assertThat(r.reason()).contains("got 3");
                });
    }
}
