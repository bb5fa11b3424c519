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
    void learningTakesTheMedianOfASecondSoAJunkValueAndABurstMoveNothing() {
        Roller roller = new Roller(RollerSettings.automatic(150, 700));
        feed(roller, 0, 8);
        for (int i = 0; i < 300; i++) {
            feed(roller, 100, 5000);
        }
        java.util.Random random = new java.util.Random(3);
        for (long ms = 120; ms <= 1300; ms += 20) {
            feed(roller, ms, 100 + Math.rint(random.nextGaussian()));
        }

        assertThat(roller.state().learning()).isFalse();
        assertThat(roller.state().zero()).isEqualTo(100);
        assertThat(roller.state().noise()).as("from the steps between readings").isBetween(0.5, 2.0);
        assertThat(roller.state().onLevel()).isLessThan(25);
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
    void theEmptyLevelFollowsDriftWithAFiveSecondTimeConstant() {
        Roller roller = configured();
        for (long ms = 0; ms < 2000; ms += 20) {
            feed(roller, ms, 0);
        }
        for (long ms = 2000; ms <= 8_000; ms += 20) {
            feed(roller, ms, 50);
        }

        // Once the 2 s window has the new level (a second in), a tenth of a second moves the zero 1/50 of the way.
        assertThat(roller.state().zero()).isBetween(50 * (1 - Math.exp(-0.9)), 50 * (1 - Math.exp(-1.1)));
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

    @ParameterizedTest(name = "{0} breathing by {1}")
    @CsvSource({"1000, 30", "100000, 3000", "10.0, 0.3"})
    void aKioskStartedWithSomeoneOnPutsItselfRightWithinSixSecondsOfThemLeaving(double person, double breath) {
        // Someone on from the start, breathing: learned as the empty level. At 3 s they get off, and
        // the roller reads a quiet quarter of their level.
        Roller roller = new Roller(RollerSettings.automatic(150, 700));
        for (long ms = 0; ms < 3000; ms += 20) {
            feed(roller, ms, person + Math.rint(breath * Math.sin(2 * Math.PI * 0.25 * ms / 1000) * 100) / 100);
        }
        for (long ms = 3000; ms <= 9000; ms += 20) {
            feed(roller, ms, person / 4);
        }

        assertThat(events.contacts()).as("the empty roller first reads as a press").containsExactly("on", "off");
        assertThat(events.events.get(events.events.size() - 1).tNanos()).isLessThan(9000 * MS);
        assertThat(roller.state().zero()).isEqualTo(person / 4);
        assertThat(roller.state().fullScale()).as("the person is forgotten").isEqualTo(3 * roller.state().onLevel());
        assertThat(roller.state().source()).isEqualTo(RollerState.Source.AUTOMATIC);
    }


    @Test
    void aReadingStuckFarFromTheZeroIsNoPersonAndBecomesTheZero() {
        // A sensor that learned an empty roller, then a wire breaks and it reads 500 for ever.
        Roller roller = new Roller(RollerSettings.automatic(150, 700));
        java.util.Random random = new java.util.Random(5);
        for (long ms = 0; ms <= 2000; ms += 20) {
            feed(roller, ms, 1000 + Math.rint(3 * random.nextGaussian()));
        }
        for (long ms = 2020; ms <= 9000; ms += 20) {
            feed(roller, ms, 500);
        }

        assertThat(events.contacts()).containsExactly("on", "off");
        assertThat(events.events.get(1).tNanos()).as("let go of within 6 s").isLessThan(8020 * MS);
        assertThat(roller.state().zero()).isEqualTo(500);
    }
}
