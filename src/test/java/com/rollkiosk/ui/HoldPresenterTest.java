package com.rollkiosk.ui;

import com.rollkiosk.domain.HoldCounting;
import com.rollkiosk.domain.HoldTimer;
import com.rollkiosk.domain.Steadiness;
import com.rollkiosk.domain.SensorStatus;
import com.rollkiosk.domain.Intensity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The hold screen's decisions on a fake clock, without a window. */
class HoldPresenterTest {

    private Fixture f;
    private RecordingCues cues;
    private HoldPresenter presenter;
    private HoldPresenter.Model shown;

    @BeforeEach
    void onTheFirstHoldOfCalves() {
        toFirstHold(false);
    }

    private void toFirstHold(boolean sensor) {
        f = new Fixture(e -> { });
        cues = new RecordingCues();
        presenter = new HoldPresenter(f.kiosk(), cues);
        presenter.attach(m -> shown = m);
        if (sensor) {
            f.flow.sensorStatus(SensorStatus.CONNECTED);
        }
        f.flow.start();
        f.flow.noneApply();
        f.flow.chooseRoutine(new RoutinePresenter(f.kiosk()).plan("region:calves"));
        f.flow.chooseIntensity(Intensity.MINIMAL);
    }

    @Test
    void byTouchTheScreenOffersStartThenPauseThenResume() {
        presenter.render();
        assertThat(shown.primary()).as("the first hold gets ready by itself").isEqualTo(HoldPresenter.Primary.PAUSE);
        presenter.primary();
        presenter.render();
        assertThat(shown.primary()).isEqualTo(HoldPresenter.Primary.START);
        assertThat(shown.prompt()).isEqualTo(Fixture.CONTENT.guide().hold().byTouch());
        presenter.primary();
        presenter.render();
        assertThat(shown.primary()).isEqualTo(HoldPresenter.Primary.PAUSE);
        assertThat(presenter.ring().caption()).isEqualTo(Fixture.CONTENT.guide().hold().ring().getReady());
        f.clock.advanceMillis(1_500);
        presenter.primary();
        presenter.render();
        assertThat(shown.primary()).isEqualTo(HoldPresenter.Primary.RESUME);
        assertThat(shown.prompt()).as("by touch, a tap carries on").isEqualTo(Fixture.CONTENT.guide().hold().pausedByTouch());
        assertThat(presenter.ring().caption()).isEqualTo(Fixture.CONTENT.guide().hold().ring().paused());
    }

    @Test
    void withASensorThePromptSaysLieOnTheRollerAndStartIsStillOffered() {
        toFirstHold(true);
        presenter.render();
        assertThat(shown.primary()).isEqualTo(HoldPresenter.Primary.START);
        assertThat(shown.prompt()).isEqualTo(Fixture.CONTENT.guide().hold().onSensor().sitting());
    }

    @Test
    void withASensorAHoldStartedByTouchOffersPauseUntilTheSensorSeesThePerson() {
        toFirstHold(true);
        presenter.primary();
        f.clock.advanceMillis(3_000);
        f.flow.tick();
        presenter.render();
        assertThat(shown.state()).isEqualTo(HoldTimer.State.RUNNING);
        assertThat(shown.primary()).isEqualTo(HoldPresenter.Primary.PAUSE);

        f.flow.pressure(true);
        presenter.render();

        assertThat(shown.primary()).as("the sensor times the hold now").isEqualTo(HoldPresenter.Primary.NONE);
    }

    @Test
    void aHoldTheSensorStartedShowsNoButtonWhileItRuns() {
        f.flow.sensorStatus(SensorStatus.CONNECTED);
        f.flow.pressure(true);
        presenter.render();
        assertThat(shown.primary()).isEqualTo(HoldPresenter.Primary.NONE);
    }

    @Test
    void theRingCountsDownWholeSecondsFromTheClock() {
        f.flow.pressure(true);
        assertThat(presenter.ring().digits()).isEqualTo(3);
        f.clock.advanceMillis(1_001);
        assertThat(presenter.ring().digits()).isEqualTo(2);
        assertThat(presenter.ring().progress()).isEqualTo(0.334);
    }

    @Test
    void theLastSecondsTurnTheRingToWarningAndSoundTheCueOnce() {
        f.flow.pressure(true);
        presenter.render();
        assertThat(presenter.ring().warning()).isFalse();
        f.clock.advanceMillis(2_100);
        presenter.render();
        presenter.render();
        assertThat(presenter.ring().warning()).isTrue();
        assertThat(presenter.ring().caption()).isEqualTo(Fixture.CONTENT.guide().hold().ring().lastSeconds());
        assertThat(cues.warnings.get()).isEqualTo(1);
    }

    @Test
    void thePausedStateIsNeverAWarning() {
        f.flow.pressure(true);
        f.clock.advanceMillis(2_100);
        f.flow.pressure(false);
        assertThat(presenter.ring().state()).isEqualTo(HoldTimer.State.PAUSED);
        assertThat(presenter.ring().warning()).isFalse();
    }

    @Test
    void theHoldScreenNamesTheIntensityChosenAndSaysWhy() {
        presenter.render();
        var calves = Fixture.CONTENT.region("calves").orElseThrow();
        assertThat(shown.intensity()).isEqualTo(Fixture.CONTENT.guide().intensity().minimal().onHold());
        assertThat(shown.why()).isEqualTo(calves.why());
    }

    @Test
    void theMildHoldNeverShowsAStepThatAddsPressure() {
        presenter.render();
        var calves = Fixture.CONTENT.region("calves").orElseThrow();
        assertThat(calves.strongStep()).isNotNull();
        assertThat(shown.steps()).doesNotContain(calves.strongStep());
    }

    @Test
    void theStrongHoldShowsTheStepThatAddsPressure() {
        HoldPresenter.Model strong = firstHold("region:calves", Intensity.MAXIMAL, false);
        assertThat(strong.steps()).contains(Fixture.CONTENT.region("calves").orElseThrow().strongStep());
        assertThat(strong.intensity()).isEqualTo(Fixture.CONTENT.guide().intensity().maximal().onHold());
    }

    @Test
    void theStartPromptFitsTheRegionsPosition() {
        var words = Fixture.CONTENT.guide().hold();
        assertThat(firstHold("region:calves", Intensity.MINIMAL, true).prompt())
                .isEqualTo(words.liftOff().sitting()).isNotEqualTo(words.liftOff().lying());
        assertThat(firstHold("region:upper-back", Intensity.MINIMAL, true).prompt())
                .isEqualTo(words.liftOff().lying());
    }

    /** The first hold of a fresh routine; with {@code onRoller}, a sensor feels someone on it already. */
    private static HoldPresenter.Model firstHold(String tile, Intensity intensity, boolean onRoller) {
        Fixture fresh = new Fixture(e -> { });
        HoldPresenter p = new HoldPresenter(fresh.kiosk(), new RecordingCues());
        HoldPresenter.Model[] seen = new HoldPresenter.Model[1];
        p.attach(m -> seen[0] = m);
        fresh.flow.start();
        fresh.flow.noneApply();
        fresh.flow.chooseRoutine(new RoutinePresenter(fresh.kiosk()).plan(tile));
        if (onRoller) {
            fresh.flow.sensorStatus(com.rollkiosk.domain.SensorStatus.CONNECTED);
            fresh.flow.pressure(true);
        }
        fresh.flow.chooseIntensity(intensity);
        p.render();
        return seen[0];
    }

    @Test
    void theStepLabelCountsStepsOfTheRoutine() {
        presenter.render();
        assertThat(shown.stepLabel()).isEqualTo("Step 1 of 2");
        assertThat(shown.regionName()).isEqualTo("Calves");
    }

    @Test
    void rollingIsCorrectedKindlyAndHoldingStillIsPraised() {
        f.flow.sensorStatus(SensorStatus.CONNECTED);
        f.flow.pressure(true);
        f.flow.steadiness(Steadiness.ROLLING);
        presenter.render();
        assertThat(shown.coaching()).isEqualTo(HoldPresenter.Coaching.ROLLING);
        assertThat(shown.prompt()).isEqualTo(Fixture.CONTENT.guide().hold().coachRolling());

        f.flow.steadiness(Steadiness.STEADY);
        presenter.render();
        assertThat(shown.coaching()).isEqualTo(HoldPresenter.Coaching.STEADY);
        assertThat(shown.prompt()).isEqualTo(Fixture.CONTENT.guide().hold().coachSteady());

        f.flow.steadiness(Steadiness.SHIFTING);
        presenter.render();
        assertThat(shown.coaching()).isEqualTo(HoldPresenter.Coaching.NONE);
    }

    @Test
    void noCoachingOnceThePersonIsOff() {
        f.flow.sensorStatus(SensorStatus.CONNECTED);
        f.flow.pressure(true);
        f.flow.steadiness(Steadiness.ROLLING);
        f.flow.pressure(false);
        presenter.render();

        assertThat(shown.coaching()).isEqualTo(HoldPresenter.Coaching.NONE);
        assertThat(shown.prompt()).isEqualTo(Fixture.CONTENT.guide().hold().paused());
    }

    @Test
    void theScreenNamesTheCountingRuleInForceOnlyWithASensor() {
        presenter.render();
        assertThat(shown.countRule()).isNull();

        f.flow.sensorStatus(SensorStatus.CONNECTED);
        presenter.render();
        assertThat(shown.countRule()).isEqualTo(Fixture.CONTENT.guide().hold().countsOnContact());

        Fixture strict = new Fixture(e -> { }, HoldCounting.STEADY);
        HoldPresenter strictPresenter = new HoldPresenter(strict.kiosk(), cues);
        HoldPresenter.Model[] strictShown = new HoldPresenter.Model[1];
        strictPresenter.attach(m -> strictShown[0] = m);
        strict.flow.sensorStatus(SensorStatus.CONNECTED);
        strict.flow.start();
        strict.flow.noneApply();
        strict.flow.chooseRoutine(new RoutinePresenter(strict.kiosk()).plan("region:calves"));
        strict.flow.chooseIntensity(Intensity.MINIMAL);
        strictPresenter.render();
        assertThat(strictShown[0].countRule()).isEqualTo(Fixture.CONTENT.guide().hold().countsWhenSteady());
    }

    @Test
    void theGaugeIsEmptyWhileTheRollerIsStillLearningItsZero() {
        assertThat(presenter.gauge()).isEqualTo(HoldPresenter.Gauge.EMPTY);
    }
}
