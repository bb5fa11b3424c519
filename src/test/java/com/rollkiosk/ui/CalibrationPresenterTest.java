package com.rollkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.content.CalibrationWords;
import com.rollkiosk.ui.CalibrationPresenter.Step;
import org.junit.jupiter.api.Test;

/** The calibration wizard without a window, driven by readings on their own time. */
class CalibrationPresenterTest {

    private static final CalibrationWords WORDS = Fixture.CONTENT.staff().calibration();
    private final MadeUpRoller roller = new MadeUpRoller();
    private final CalibrationPresenter wizard = new CalibrationPresenter(roller, () -> WORDS, () -> Numbers.of("en"));

    /** Empty for 6 s, then Start, someone gets on and lies still for 7 s. */
    private void measureBoth(double loaded) {
        wizard.enter();
        assertThat(wizard.model().primary()).isEqualTo(WORDS.measure());
        wizard.primary();
        roller.readings(18, 5100);
        wizard.poll();
        assertThat(wizard.step()).isEqualTo(Step.LOADED);
        wizard.primary();
        roller.readings(18, 500);
        wizard.poll();
        assertThat(wizard.step()).isEqualTo(Step.WAITING_FOR_LOAD);
        roller.readings(loaded, 7000);
        wizard.poll();
    }

    @Test
    void walksFromEmptyToLoadedToTheTestAndSavesOnlyOnSave() {
        measureBoth(640);

        assertThat(wizard.step()).isEqualTo(Step.TEST);
        assertThat(wizard.model().line()).isEqualTo(WORDS.testStep());
        assertThat(wizard.model().hint()).contains("640");
        assertThat(roller.saved).isEmpty();

        wizard.primary();

        assertThat(wizard.step()).isEqualTo(Step.SAVED);
        assertThat(roller.saved).singleElement().satisfies(c -> {
            assertThat(c.baseline()).isBetween(14.0, 22.0);
            assertThat(c.loadedLevel()).isBetween(634.0, 646.0);
        });
    }

    @Test
    void aSaveRunsOffTheEventThreadWithSavingOnShowAndTheResultAfter() {
        java.util.List<Runnable> background = new java.util.ArrayList<>();
        java.util.List<Runnable> edt = new java.util.ArrayList<>();
        CalibrationPresenter slow = new CalibrationPresenter(roller, () -> WORDS, () -> Numbers.of("en"),
                background::add, edt::add);
        slow.enter();
        slow.primary();
        roller.readings(18, 5100);
        slow.poll();
        slow.primary();
        roller.readings(18, 500);
        roller.readings(640, 7000);
        slow.poll();
        assertThat(slow.step()).isEqualTo(Step.TEST);

        slow.primary();
        assertThat(slow.step()).isEqualTo(Step.SAVING);
        assertThat(slow.model().line()).isEqualTo(WORDS.saving());
        assertThat(slow.model().primary()).as("no second save while one runs").isNull();
        assertThat(roller.saved).as("nothing written on the event thread").isEmpty();

        background.remove(0).run();
        assertThat(roller.saved).hasSize(1);
        assertThat(slow.step()).as("the answer waits for the event thread").isEqualTo(Step.SAVING);
        edt.remove(0).run();
        assertThat(slow.step()).isEqualTo(Step.SAVED);
    }

    @Test
    void measuringShowsProgressOnSampleTime() {
        wizard.enter();
        wizard.primary();
        roller.readings(18, 2500);
        wizard.poll();

        assertThat(wizard.model().step()).isEqualTo(Step.MEASURING_EMPTY);
        assertThat(wizard.model().progress()).isBetween(45, 50);
        assertThat(wizard.model().primary()).isNull();
    }

    @Test
    void theTestGaugeUsesTheNewLevelsAndTurnsGreenWhileSomeoneIsOn() {
        measureBoth(640);
        roller.readings(18, 1000);
        wizard.poll();
        assertThat(wizard.gauge().contact()).isFalse();
        assertThat(wizard.model().contact()).isEqualTo(WORDS.noContact());

        roller.readings(600, 500);
        wizard.poll();

        assertThat(wizard.gauge().contact()).isTrue();
        assertThat(wizard.model().inContact()).isTrue();
        assertThat(wizard.model().contact()).isEqualTo(WORDS.contact());
        var c = wizard.candidate();
        assertThat(wizard.gauge().onMark()).isCloseTo(c.onThreshold() / (c.loadedLevel() - c.baseline()),
                org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void aCalibrationThatCannotTellEmptyFromLoadedIsRefusedWithItsReasonAndNothingIsSaved() {
        measureBoth(19);
        assertThat(wizard.step()).as("a load this small never looks like someone getting on")
                .isEqualTo(Step.WAITING_FOR_LOAD);
        roller.readings(19, 60_000);
        wizard.poll();

        assertThat(wizard.step()).isEqualTo(Step.REFUSED);
        assertThat(wizard.model().line()).isEqualTo(WORDS.refused());
        assertThat(wizard.model().hint()).isEqualTo(WORDS.because().cannotTellApart());
        assertThat(wizard.model().primary()).isEqualTo(WORDS.again());
        assertThat(roller.saved).isEmpty();
    }

    @Test
    void aFailedSaveSaysWhyAndOffersToTryAgain() {
        roller.saveProblem = "No space left on device";
        measureBoth(640);
        wizard.primary();

        assertThat(wizard.step()).isEqualTo(Step.SAVE_FAILED);
        assertThat(wizard.model().line()).contains("No space left on device");
        roller.saveProblem = null;
        wizard.primary();
        assertThat(wizard.step()).isEqualTo(Step.SAVED);
    }

    @Test
    void withoutASensorItSaysSoAndOffersNothingToMeasure() {
        roller.connected = false;
        wizard.enter();

        assertThat(wizard.model()).satisfies(m -> {
            assertThat(m.step()).isEqualTo(Step.NO_SENSOR);
            assertThat(m.line()).isEqualTo(WORDS.noSensor());
            assertThat(m.primary()).isNull();
            assertThat(m.secondary()).isNull();
        });
        wizard.primary();
        assertThat(wizard.step()).isEqualTo(Step.NO_SENSOR);
    }

    @Test
    void losingTheSensorMidwayDropsTheMeasurementAndComingBackStartsAgain() {
        wizard.enter();
        wizard.primary();
        roller.readings(18, 1000);
        roller.connected = false;
        wizard.poll();
        assertThat(wizard.step()).isEqualTo(Step.NO_SENSOR);

        roller.connected = true;
        wizard.poll();
        assertThat(wizard.step()).isEqualTo(Step.EMPTY);
    }

    @Test
    void leavingDropsAnUnsavedCalibrationAndStopsListening() {
        measureBoth(640);
        wizard.leave();

        assertThat(roller.listening).isFalse();
        assertThat(wizard.candidate()).isNull();
        assertThat(wizard.step()).isEqualTo(Step.EMPTY);
        assertThat(roller.saved).isEmpty();
    }
}
