package com.rollkiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The measuring both {@code calibrate} and the staff wizard run, on sample time in ms. */
class CalibrationRunTest {

    private static final long MS = 1_000_000L;
    private final CalibrationRun run = new CalibrationRun(1000 * MS, 1000 * MS, 5000 * MS);
    private final Random noise = new Random(3);
    private long t;

    /** 50 Hz readings at {@code level} with a little noise, for {@code ms}. */
    private void readings(double level, long ms) {
        for (long end = t + ms; t < end; t += 20) {
            run.feed(t * MS, level + noise.nextGaussian() * 2);
        }
    }

    @Test
    void measuresTheEmptyRollerThenThePersonAfterTheySettle() {
        run.measureEmpty();
        readings(18, 1100);
        assertThat(run.phase()).isEqualTo(CalibrationRun.Phase.EMPTY_MEASURED);
        assertThat(run.emptyCount()).isEqualTo(50);

        run.measureLoaded();
        readings(18, 2000);
        assertThat(run.phase()).isEqualTo(CalibrationRun.Phase.WAITING_FOR_LOAD);
        readings(300, 200);
        assertThat(run.phase()).as("getting on is not measured").isEqualTo(CalibrationRun.Phase.SETTLING);
        readings(640, 900);
        assertThat(run.phase()).isEqualTo(CalibrationRun.Phase.MEASURING_LOADED);
        readings(640, 1100);

        assertThat(run.phase()).isEqualTo(CalibrationRun.Phase.DONE);
        var c = (CalibrationResult.Calibrated) run.result();
        assertThat(c.baseline()).isBetween(14.0, 22.0);
        assertThat(c.loadedLevel()).as("the ramp while getting on is left out").isBetween(634.0, 646.0);
    }

    @Test
    void progressFollowsSampleTime() {
        run.measureEmpty();
        readings(18, 500);
        assertThat(run.progress()).isBetween(0.45, 0.5);
    }

    @Test
    void nobodyGettingOnMeasuresTheEmptyRollerAgainAndIsRefused() {
        run.measureEmpty();
        readings(18, 1100);
        run.measureLoaded();
        readings(18, 7000);

        assertThat(run.phase()).isEqualTo(CalibrationRun.Phase.DONE);
        assertThat(run.result()).isInstanceOf(CalibrationResult.Refused.class);
        assertThat(((CalibrationResult.Refused) run.result()).reason()).contains("cannot be told apart");
    }

    @Test
    void readingsStoppingEndTheStepWithWhatItHas() {
        run.measureEmpty();
        readings(18, 300);
        run.readingsStopped();
        assertThat(run.phase()).isEqualTo(CalibrationRun.Phase.EMPTY_MEASURED);
        assertThat(run.emptyCount()).isEqualTo(15);

        run.measureLoaded();
        run.readingsStopped();
        assertThat(run.phase()).isEqualTo(CalibrationRun.Phase.DONE);
        assertThat(((CalibrationResult.Refused) run.result()).reason()).contains("with a person on the roller, got 0");
    }

    @Test
    void stepsGoInOrder() {
        assertThatThrownBy(run::measureLoaded).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(run::result).isInstanceOf(IllegalStateException.class);
        run.measureEmpty();
        assertThatThrownBy(run::measureEmpty).isInstanceOf(IllegalStateException.class);
    }

    private void at(long ms, double value) {
        run.feed(ms * MS, value);
    }

    /** The empty roller measured from 0 ms at 100, 98 and 102 (so the band is 4 either side), then measureLoaded. */
    private void emptyMeasuredAt100() {
        run.measureEmpty();
        for (int i = 0; i < 10; i++) {
            at(i * 100L, i == 3 ? 98 : i == 6 ? 102 : 100);
        }
        at(1000, 100);
        run.measureLoaded();
    }

    @Test
    void everyTimeMustBePositive() {
        assertThatThrownBy(() -> new CalibrationRun(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CalibrationRun(1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CalibrationRun(1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new CalibrationRun(1, 1, 1).phase()).isEqualTo(CalibrationRun.Phase.READY);
    }

    @Test
    void theEmptyMeasurementEndsAtItsSpanWithoutTheReadingThatReachesIt() {
        run.measureEmpty();
        at(0, 5);
        at(999, 5);
        assertThat(run.phase()).isEqualTo(CalibrationRun.Phase.MEASURING_EMPTY);
        assertThat(run.emptyCount()).isEqualTo(2);

        at(1000, 5);
        assertThat(run.phase()).isEqualTo(CalibrationRun.Phase.EMPTY_MEASURED);
        assertThat(run.emptyCount()).isEqualTo(2);
        at(1100, 5);
        assertThat(run.emptyCount()).as("between steps nothing is measured").isEqualTo(2);
    }

    @Test
    void readingsBeforeTheFirstStepAreNotMeasured() {
        at(0, 5);
        assertThat(run.emptyCount()).isZero();
        assertThat(run.phase()).isEqualTo(CalibrationRun.Phase.READY);
    }

    @Test
    void aThousandReadingsASecondAreAllKept() {
        run.measureEmpty();
        for (long us = 0; us < 1_000_000; us += 1000) {
            run.feed(us * 1000, 5);
        }
        run.readingsStopped();

        assertThat(run.emptyCount()).isEqualTo(1000);
    }

    @Test
    void progressIsTheShareOfTheStepsSpanCoveredSoFar() {
        CalibrationRun twoSpans = new CalibrationRun(1000 * MS, 4000 * MS, 5000 * MS);
        assertThat(twoSpans.progress()).isZero();
        twoSpans.measureEmpty();
        assertThat(twoSpans.progress()).as("nothing taken yet").isZero();
        twoSpans.feed(0, 0);
        twoSpans.feed(250 * MS, 0);
        assertThat(twoSpans.progress()).isEqualTo(0.25);
        twoSpans.readingsStopped();
        assertThat(twoSpans.progress()).as("between steps").isZero();

        twoSpans.measureLoaded();
        twoSpans.feed(300 * MS, 0);
        twoSpans.feed(5300 * MS, 0);
        assertThat(twoSpans.phase()).isEqualTo(CalibrationRun.Phase.MEASURING_LOADED);
        twoSpans.feed(6300 * MS, 0);
        assertThat(twoSpans.progress()).as("a quarter of the loaded span").isEqualTo(0.25);
    }

    @Test
    void aReadingWithinTwiceTheWidestEmptyReadingIsStillTheEmptyRoller() {
        emptyMeasuredAt100();

        at(1100, 104);
        at(1200, 96);
        assertThat(run.phase()).isEqualTo(CalibrationRun.Phase.WAITING_FOR_LOAD);
        at(1300, 95.5);
        assertThat(run.phase()).as("a load cell pulled the other way").isEqualTo(CalibrationRun.Phase.SETTLING);
    }

    @Test
    void theLoadedMeasurementStartsASecondAfterTheReadingLeftTheBandAndCountsThatReading() {
        emptyMeasuredAt100();
        at(1100, 104.5);
        at(2099, 640);
        assertThat(run.phase()).isEqualTo(CalibrationRun.Phase.SETTLING);

        at(2100, 640);
        assertThat(run.phase()).isEqualTo(CalibrationRun.Phase.MEASURING_LOADED);
        for (long ms = 2200; ms < 3100; ms += 100) {
            at(ms, 640);
        }
        assertThat(run.phase()).isEqualTo(CalibrationRun.Phase.MEASURING_LOADED);
        at(3100, 640);
        assertThat(run.phase()).isEqualTo(CalibrationRun.Phase.DONE);
        var c = (CalibrationResult.Calibrated) run.result();
        assertThat(c.baseline()).isEqualTo(100);
        assertThat(c.loadedLevel()).isEqualTo(640);
    }

    @Test
    void afterWaitingItsTimeForSomeoneTheRunMeasuresWhateverIsThere() {
        emptyMeasuredAt100();
        at(2000, 100);
        at(6999, 100);
        assertThat(run.phase()).isEqualTo(CalibrationRun.Phase.WAITING_FOR_LOAD);

        at(7000, 100);
        assertThat(run.phase()).isEqualTo(CalibrationRun.Phase.MEASURING_LOADED);
        run.readingsStopped();
        assertThat(((CalibrationResult.Refused) run.result()).reason()).endsWith("got 1");
    }

    @Test
    void anEmptyRollerThatNeverMovedHasTheNarrowestBand() {
        run.measureEmpty();
        for (long ms = 0; ms <= 1000; ms += 100) {
            at(ms, 100);
        }
        run.measureLoaded();

        at(1100, 100);
        assertThat(run.phase()).isEqualTo(CalibrationRun.Phase.WAITING_FOR_LOAD);
        at(1200, 100.001);
        assertThat(run.phase()).isEqualTo(CalibrationRun.Phase.SETTLING);
    }

    @Test
    void readingsStoppingWhileSettlingOrMeasuringEndTheRun() {
        emptyMeasuredAt100();
        at(1100, 640);
        run.readingsStopped();
        assertThat(run.phase()).isEqualTo(CalibrationRun.Phase.DONE);
        assertThat(((CalibrationResult.Refused) run.result()).reason()).endsWith("got 0");

        CalibrationRun measuring = new CalibrationRun(1000 * MS, 1000 * MS, 5000 * MS);
        measuring.measureEmpty();
        measuring.readingsStopped();
        measuring.measureLoaded();
        for (long ms = 0; ms <= 1500; ms += 100) {
            measuring.feed(ms * MS, 7);
        }
        assertThat(measuring.phase()).isEqualTo(CalibrationRun.Phase.MEASURING_LOADED);
        measuring.readingsStopped();
        assertThat(((CalibrationResult.Refused) measuring.result()).why())
                .isEqualTo(CalibrationResult.Why.TOO_FEW_EMPTY);
    }
}
