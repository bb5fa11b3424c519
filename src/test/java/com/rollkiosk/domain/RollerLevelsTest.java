package com.rollkiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The roller's levels worked out by hand: where they come from, the learning second, drift
 * following and load smoothing with their time constants, and the quiet level that becomes the zero.
 */
class RollerLevelsTest {

    private static final long MS = 1_000_000L;
    private final RecordingEvents events = new RecordingEvents();

    private void feed(Roller roller, long ms, double value) {
        roller.feed(ms * MS, value, events);
    }

    /** Config sets the empty level at 0, on at 200 and off at 100: nothing to learn, no debounce. */
    private static Roller configured() {
        return new Roller(new RollerSettings(0, 0, 0.0, 200.0, 100.0, null));
    }

    @ParameterizedTest(name = "baseline {0}, on {1}, off {2}: {3}")
    @CsvSource({
        ",,, AUTOMATIC", "100,,, CONFIG", ", 200,, CONFIG", ",, 120, CONFIG", "100, 200, 120, CONFIG",
    })
    void anyConfiguredLevelMakesTheSourceTheConfig(Double baseline, Double on, Double off, RollerState.Source source) {
        Roller roller = new Roller(new RollerSettings(0, 0, baseline, on, off, null));

        assertThat(roller.state().source()).isEqualTo(source);
    }

    @Test
    void configuredLevelsAreShownAsTheyAreAndTheGaugeScalesToThePerson() {
        Roller roller = configured();
        feed(roller, 0, 0);
        assertThat(roller.state().onLevel()).isEqualTo(200);
        assertThat(roller.state().offLevel()).isEqualTo(100);
        assertThat(roller.state().fullScale()).as("a guess before anyone was on").isEqualTo(600);
        assertThat(roller.state().offMark()).isEqualTo(100.0 / 600);

        feed(roller, 20, 300);
        assertThat(events.contacts()).containsExactly("on");
        assertThat(roller.state().fullScale()).as("the load of the person seen").isEqualTo(300);
    }

    @Test
    void automaticSettingsTakeTheirDebounceInMilliseconds() {
        RollerSettings settings = RollerSettings.automatic(150, 700);

        assertThat(settings.debounceOnNanos()).isEqualTo(150 * MS);
        assertThat(settings.debounceOffNanos()).isEqualTo(700 * MS);
    }

    @Test
    void theStateShowsHowThePersonOnTheRollerIsLoadingItAndNothingOnceTheyLeft() {
        Roller roller = configured();
        for (long ms = 0; ms <= 1000; ms += 20) {
            feed(roller, ms, 500);
        }
        assertThat(events.names()).containsExactly("on", "steady");
        assertThat(roller.state().steadiness()).isEqualTo(Steadiness.STEADY);

        feed(roller, 1020, 0);
        assertThat(roller.state().steadiness()).isNull();
    }

    @Test
    void aConfiguredBaselineWinsOverTheLearnedOne() {
        Roller roller = new Roller(new RollerSettings(0, 0, 100.0, null, null, null));
        for (long ms = 0; ms <= 1000; ms += 20) {
            feed(roller, ms, 110);
        }

        assertThat(roller.state().learning()).isFalse();
        assertThat(roller.state().zero()).isEqualTo(100);
    }

    @Test
    void aDownwardCalibrationAwayFromZeroDetectsAPressDownward() {
        var calibration = new CalibrationResult.Calibrated(1000, 2, 500, 200, 100);
        Roller roller = new Roller(new RollerSettings(0, 0, null, null, null, calibration));

        assertThat(roller.state().noise()).isEqualTo(2);
        assertThat(roller.state().fullScale()).isEqualTo(500);
        feed(roller, 0, 1150);
        assertThat(events.contacts()).as("a move the other way").isEmpty();
        feed(roller, 20, 750);
        assertThat(events.contacts()).containsExactly("on");
    }

    @Test
    void aCalibrationIsNoisyOnlyOnceTheNoiseFloorPassesItsOnLevel() {
        // Noise 2: the on level's noise floor is 10 widths, 20, exactly the calibrated on level.
        var calibration = new CalibrationResult.Calibrated(0, 2, 1000, 20, 10);
        Roller roller = new Roller(new RollerSettings(0, 0, null, null, null, calibration));
        feed(roller, 0, 0);

        assertThat(roller.state().noisy()).isFalse();
        assertThat(roller.state().onLevel()).isEqualTo(20);
        assertThat(roller.state().offLevel()).isEqualTo(12);
    }

    @Test
    void learningTakesASecondOfReadingsFromTheFirstOneAndGivesTheirMeanAndSpread() {
        Roller roller = new Roller(RollerSettings.automatic(150, 700));
        // From 5 s, every 20 ms: 100, 104, 100, ... so 26 readings of 100 and 25 of 104 up to 6 s.
        for (long ms = 5000; ms < 6000; ms += 20) {
            feed(roller, ms, (ms / 20) % 2 == 0 ? 100 : 104);
        }
        assertThat(roller.state().learning()).isTrue();

        feed(roller, 6000, 100);

        double mean = (26 * 100 + 25 * 104) / 51.0;
        double variance = 25 * 16 / 51.0 - Math.pow(25 * 4 / 51.0, 2);
        assertThat(roller.state().learning()).isFalse();
        assertThat(roller.state().zero()).isCloseTo(mean, within(1e-9));
        assertThat(roller.state().noise()).isCloseTo(Math.sqrt(variance), within(1e-9));
    }

    @Test
    void learningNeedsFiveReadingsHoweverLongItTakes() {
        Roller roller = new Roller(RollerSettings.automatic(150, 700));
        for (long s = 0; s < 4; s++) {
            feed(roller, s * 1000, 100);
        }
        assertThat(roller.state().learning()).isTrue();

        feed(roller, 4000, 100);
        assertThat(roller.state().learning()).isFalse();
    }

    @Test
    void theEmptyLevelAndItsNoiseFollowDriftWithAThirtySecondTimeConstant() {
        Roller roller = configured();
        feed(roller, 0, 0);
        feed(roller, 3000, 50);
        // A tenth of the way: zero 5, noise variance 250.
        assertThat(roller.state().zero()).isCloseTo(5, within(1e-9));
        assertThat(roller.state().noise()).isCloseTo(Math.sqrt(250), within(1e-9));

        feed(roller, 6000, 50);
        assertThat(roller.state().zero()).isCloseTo(9.5, within(1e-9));
        assertThat(roller.state().noise()).isCloseTo(Math.sqrt(250 + (45 * 45 - 250) * 0.1), within(1e-9));
    }

    @Test
    void aReadingAtTheOffLevelIsNotTakenForTheEmptyRoller() {
        Roller roller = configured();
        feed(roller, 0, 100);
        feed(roller, 30_000, 100);

        assertThat(roller.state().zero()).isZero();
    }

    @Test
    void aPersonAtExactlyTheOffLevelIsStillFollowed() {
        Roller roller = configured();
        feed(roller, 0, 300);
        feed(roller, 2000, 100);

        assertThat(roller.isOn()).isTrue();
        assertThat(roller.state().fullScale()).as("the load followed all the way in one time constant")
                .isEqualTo(100);
    }

    @Test
    void theGaugeSmoothsTheLoadOverAFifthOfASecond() {
        Roller roller = configured();
        feed(roller, 0, 0);
        feed(roller, 20, 100);

        assertThat(roller.state().load()).isCloseTo(10, within(1e-9));
    }

    @Test
    void resetForgetsThePersonOnTheRoller() {
        Roller roller = configured();
        feed(roller, 0, 300);
        assertThat(roller.isOn()).isTrue();

        roller.reset();

        assertThat(roller.isOn()).isFalse();
        assertThat(roller.state().contact()).isFalse();
    }

    @Test
    void aRailReadingIsSaturatedTwoSecondsAfterItStartedWhenever() {
        Roller roller = new Roller(RollerSettings.automatic(150, 700));
        for (long ms = 10_000; ms < 12_000; ms += 20) {
            feed(roller, ms, 4095);
        }
        assertThat(roller.state().saturated()).isFalse();

        feed(roller, 12_000, 4095);
        assertThat(roller.state().saturated()).isTrue();
    }

    @ParameterizedTest(name = "{0} ± {1}")
    @CsvSource({"1000, 4", "1000, 10", "10.0, 0.5"})
    void aQuietLevelHeldTwoSecondsBecomesTheZero(double learned, double noise) {
        // Someone on from the start: learned as the empty level with noise; at 1040 ms they get off, and
        // the roller reads a steady quarter. Once the last noisy bin has left the spread's second (at
        // 2000 ms) the level is quiet; two seconds later it is the zero.
        Roller roller = new Roller(RollerSettings.automatic(150, 700));
        for (long ms = 0; ms <= 1000; ms += 40) {
            feed(roller, ms, (ms / 40) % 2 == 0 ? learned - noise : learned + noise);
        }
        assertThat(roller.state().noise()).isCloseTo(noise, within(1e-6));
        for (long ms = 1040; ms < 4000; ms += 20) {
            feed(roller, ms, learned / 4);
        }
        assertThat(events.contacts()).as("the quiet level first reads as a press").containsExactly("on");

        feed(roller, 4000, learned / 4);
        assertThat(events.contacts()).containsExactly("on", "off");
        assertThat(events.events.get(events.events.size() - 1).tNanos()).isEqualTo(4000 * MS);
        assertThat(roller.state().zero()).isEqualTo(learned / 4);
        assertThat(roller.state().noise()).as("half a step of the resolution").isEqualTo(learned > 100 ? 0.5 : 0.05);
        assertThat(roller.state().fullScale()).as("the person is forgotten").isEqualTo(3 * roller.state().onLevel());
    }

    @Test
    void noiseUnderFourStepsOfTheResolutionIsNoSignOfAPersonLearned() {
        Roller roller = new Roller(RollerSettings.automatic(150, 700));
        for (long ms = 0; ms <= 1000; ms += 40) {
            feed(roller, ms, (ms / 40) % 2 == 0 ? 997 : 1003);
        }
        for (long ms = 1040; ms <= 8000; ms += 20) {
            feed(roller, ms, 500);
        }

        assertThat(events.contacts()).containsExactly("on");
        assertThat(roller.state().zero()).isEqualTo(1000);
    }
}
