package com.rollkiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Calibration's arithmetic and each refusal at its edge, on readings small enough to work out by hand. */
class CalibrationEdgesTest {

    private static double[] repeat(double value, int count) {
        double[] values = new double[count];
        Arrays.fill(values, value);
        return values;
    }

    /** Five readings at {@code low} then five at {@code high}: median {@code high}, spread (high - low) / 2. */
    private static double[] twoLevels(double low, double high) {
        return new double[] {low, low, low, low, low, high, high, high, high, high};
    }

    private static CalibrationResult.Calibrated calibrated(double[] empty, double[] loaded) {
        return (CalibrationResult.Calibrated) Calibration.calibrate(empty, loaded);
    }

    private static CalibrationResult.Refused refused(double[] empty, double[] loaded) {
        return (CalibrationResult.Refused) Calibration.calibrate(empty, loaded);
    }

    @Test
    void thresholdsAreAFifthAndTwoFifthsOfTheWayFromTheWidestEmptyReadingToTheLoad() {
        // Empty: 10 with one 8 and one 12, so median 10, widest 2, noise sqrt(0.8). Loaded: 110, a rise of 100.
        double[] empty = {10, 10, 10, 10, 10, 12, 8, 10, 10, 10};

        var c = calibrated(empty, repeat(110, 10));

        assertThat(c.baseline()).isEqualTo(10);
        assertThat(c.noise()).isCloseTo(Math.sqrt(0.8), within(1e-12));
        assertThat(c.loadedLevel()).isEqualTo(110);
        assertThat(c.offThreshold()).as("2 + 0.2 * 98").isCloseTo(21.6, within(1e-9));
        assertThat(c.onThreshold()).as("2 + 0.4 * 98").isCloseTo(41.2, within(1e-9));
    }

    @Test
    void aDownwardLoadKeepsItsDirectionAndPositiveThresholds() {
        double[] empty = {10, 10, 10, 10, 10, 12, 8, 10, 10, 10};

        var c = calibrated(empty, repeat(-90, 10));

        assertThat(c.loadedLevel()).isEqualTo(-90);
        assertThat(c.offThreshold()).isCloseTo(21.6, within(1e-9));
        assertThat(c.onThreshold()).isCloseTo(41.2, within(1e-9));
    }

    @Test
    void theMedianIgnoresAFewWildReadings() {
        // Getting on late and a knock: one reading at 0, one at 600, among eighteen at 500.
        double[] loaded = repeat(500, 20);
        loaded[0] = 0;
        loaded[19] = 600;

        var c = calibrated(repeat(0, 10), loaded);

        assertThat(c.loadedLevel()).isEqualTo(500);
        assertThat(c.noise()).isZero();
    }

    @Test
    void tenReadingsOfEachAreEnoughAndNineAreNot() {
        assertThat(Calibration.calibrate(repeat(0, 10), repeat(100, 10)))
                .isInstanceOf(CalibrationResult.Calibrated.class);

        var fewEmpty = refused(repeat(0, 9), repeat(100, 10));
        assertThat(fewEmpty.why()).isEqualTo(CalibrationResult.Why.TOO_FEW_EMPTY);
        assertThat(fewEmpty.reason()).isEqualTo("need at least 10 readings of the empty roller, got 9");

        var fewLoaded = refused(repeat(0, 10), repeat(100, 9));
        assertThat(fewLoaded.why()).isEqualTo(CalibrationResult.Why.TOO_FEW_LOADED);
        assertThat(fewLoaded.reason()).isEqualTo("need at least 10 readings with a person on the roller, got 9");
    }

    @Test
    void aReadingThatIsNotANumberIsRefusedOnEitherSide() {
        double[] empty = repeat(0, 10);
        empty[4] = Double.POSITIVE_INFINITY;
        assertThat(refused(empty, repeat(100, 10)).why()).isEqualTo(CalibrationResult.Why.NOT_NUMBERS);

        double[] loaded = repeat(100, 10);
        loaded[9] = Double.NaN;
        assertThat(refused(repeat(0, 10), loaded).reason()).isEqualTo("some readings were not numbers");
    }

    @Test
    void aRiseOfExactlyTenNoiseWidthsIsEnough() {
        // Empty alternates -1 and 1: noise 1, median 1, widest 2.
        double[] empty = {-1, 1, -1, 1, -1, 1, -1, 1, -1, 1};

        assertThat(Calibration.calibrate(empty, repeat(11, 10))).as("rise 10")
                .isInstanceOf(CalibrationResult.Calibrated.class);
        var tooLittle = refused(empty, repeat(10.5, 10));
        assertThat(tooLittle.why()).isEqualTo(CalibrationResult.Why.CANNOT_TELL_APART);
        assertThat(tooLittle.reason()).isEqualTo("empty and loaded cannot be told apart: a person moves the "
                + "reading by 9.50 but the empty roller already varies by 2; check that the sensor sits under "
                + "the roller and is wired firmly");
    }

    @Test
    void aRiseNoWiderThanTheWidestEmptyReadingIsRefusedEvenWhenTheNoiseIsSmall() {
        // One knock of 50 among a hundred zeros: noise about 5, widest 50.
        double[] empty = repeat(0, 100);
        empty[0] = 50;

        assertThat(refused(empty, repeat(50, 10)).why()).isEqualTo(CalibrationResult.Why.CANNOT_TELL_APART);
        var c = calibrated(empty, repeat(51, 10));
        assertThat(c.offThreshold()).isCloseTo(50.2, within(1e-9));
        assertThat(c.onThreshold()).isCloseTo(50.4, within(1e-9));
    }

    @Test
    void aWobbleOfAThirdOfTheLoadIsStillEnoughAndMoreIsNot() {
        // Loaded: five at low, five at 90, so median 90 and wobble (90 - low) / 2 against a rise of 90.
        assertThat(Calibration.calibrate(repeat(0, 10), twoLevels(30, 90))).as("wobble 30")
                .isInstanceOf(CalibrationResult.Calibrated.class);

        var wobbly = refused(repeat(0, 10), twoLevels(29, 90));
        assertThat(wobbly.why()).isEqualTo(CalibrationResult.Why.NOT_STILL);
        assertThat(wobbly.reason()).isEqualTo("the reading with a person on it varied by 30.5 against a load of 90: "
                + "lie still on the roller and measure again");
    }
}
