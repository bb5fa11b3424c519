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
}
