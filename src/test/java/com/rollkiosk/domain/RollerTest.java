package com.rollkiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** The automatic zero and contact detection, on made-up sensors of every kind the kiosk meets. */
class RollerTest {

    private static Roller automatic() {
        return new Roller(RollerSettings.automatic(150, 700));
    }

    @Test
    void anFsrAt50HzMakesOneContactWithNoCalibration() {
        Signal fsr = Signal.of(50, 12, 18, 620, 1.5, 1, Signal.visit(3, 9));

        assertThat(fsr.play(automatic()).contacts()).containsExactly("on", "off");
    }

    @Test
    void rawHx711CountsWithALargeOffsetMakeOneContact() {
        Signal cell = Signal.of(10, 12, -121_500, 55_000, 60, 2, Signal.visit(3, 9));

        assertThat(cell.play(automatic()).contacts()).containsExactly("on", "off");
    }

    @Test
    void aLoadCellWiredTheOtherWayStillMakesContact() {
        Signal cell = Signal.of(10, 12, 300_000, -55_000, 60, 3, Signal.visit(3, 9));

        assertThat(cell.play(automatic()).contacts()).containsExactly("on", "off");
    }

    @Test
    void bareAnalogReadAt1kHzMakesOneContact() {
        Signal fsr = Signal.of(1000, 10, 7, 500, 2, 4, Signal.visit(2, 7));

        assertThat(fsr.play(automatic()).contacts()).containsExactly("on", "off");
    }

    @Test
    void calibratedUnitsWithDecimalsMakeOneContact() {
        Signal kg = Signal.of(10, 12, 2, 2450, 1, 5, Signal.visit(3, 9));
        for (int i = 0; i < kg.value.length; i++) {
            kg.value[i] /= 100;
        }

        assertThat(kg.play(automatic()).contacts()).containsExactly("on", "off");
    }

    @Test
    void nobodyOnTheRollerMakesNoContactHoweverLong() {
        Signal empty = Signal.of(50, 120, 500, 0, 3, 6, s -> 0);

        assertThat(empty.play(automatic()).contacts()).isEmpty();
    }

    @Test
    void noContactIsPossibleWhileTheEmptyLevelIsBeingLearned() {
        Roller roller = automatic();
        RecordingEvents events = Signal.of(50, 0.9, 0, 600, 2, 7, s -> s > 0.2 ? 1 : 0).play(roller);

        assertThat(events.contacts()).isEmpty();
        assertThat(roller.state().learning()).isTrue();
    }

    @Test
    void theZeroFollowsSlowDriftWhileNobodyIsOn() {
        // The empty roller creeps by 150 counts over ten minutes, well past the on level it started with.
        Roller roller = automatic();
        RecordingEvents events = Signal.of(10, 600, 1000, 150, 5, 8, s -> s / 600).play(roller);

        assertThat(events.contacts()).isEmpty();
        assertThat(roller.state().zero()).isBetween(1130.0, 1160.0);
    }

    @Test
    void aKioskStartedWithSomeoneOnTheRollerRecoversWithinSecondsOfThemLeaving() {
        // A person on from the start (breathing, shifting), gone at 5 s; the empty roller is quiet.
        Signal cell = Signal.of(10, 20, 80_000, -60_000, 40, 9,
                s -> s < 5 ? 1 + 0.03 * Math.sin(2 * Math.PI * 0.3 * s) + 0.02 * Math.sin(7 * s) : 0);
        Roller roller = automatic();
        RecordingEvents events = cell.play(roller);

        assertThat(events.contacts()).as("the empty roller first looks like a press, then is seen for what it is")
                .containsExactly("on", "off");
        long recovered = events.events.get(1).tNanos();
        assertThat(recovered).as("recovered within 5 s of leaving").isLessThan(10_000_000_000L);
        assertThat(roller.state().zero()).isBetween(79_900.0, 80_100.0);
        assertThat(roller.isOn()).isFalse();
    }

    @Test
    void theEmptyRollerDriftingPastTheOffLevelDuringAHoldIsLetGoWithinSecondsOfThePersonLeaving() {
        // Raw counts; while someone lies on it from 10 s to 40 s, the cell warms and its empty level
        // creeps up 500 counts, past the on level (about 10 noise widths). Nobody is on after 40 s.
        Signal cell = Signal.of(10, 70, -84_000, 60_000, 30, 21,
                s -> Signal.visit(10, 40).applyAsDouble(s) + 500.0 / 60_000 * Math.min(1, Math.max(0, (s - 10) / 30)));

        RecordingEvents events = cell.play(automatic());

        assertThat(events.contacts()).containsExactly("on", "off");
        long off = events.events.stream().filter(e -> e.what().equals("off")).findFirst().orElseThrow().tNanos();
        assertThat(off).as("let go within 6 s of leaving").isBetween(40_000_000_000L, 46_000_000_000L);
    }

    @Test
    void aPersonNearTheFsrsTopIsNotTakenForTheEmptyRollerAsTheyLeave() {
        // analogRead at 100 Hz, an FSR flattening out near 1023: a heavy person's breathing shows as
        // a count or two. On from 2 s to 12 s; after them, the empty roller at 4.
        DoubleUnaryOperator kg = s -> 45 * Signal.visit(2, 12).applyAsDouble(s);
        Signal fsr = Signal.of(100, 20, 4, 1019, 2.5, 23, s -> kg.applyAsDouble(s) / (kg.applyAsDouble(s) + 2.5));

        RecordingEvents events = fsr.play(automatic());

        assertThat(events.contacts()).as("one person, one contact").containsExactly("on", "off");
        long off = events.events.stream().filter(e -> e.what().equals("off")).findFirst().orElseThrow().tNanos();
        assertThat(off).as("off as they leave, not before").isBetween(12_000_000_000L, 14_000_000_000L);
    }

    @Test
    void afterRecoveringAPersonGettingOnMakesContactAgain() {
        Signal cell = Signal.of(10, 30, 80_000, -60_000, 40, 10, s -> {
            if (s < 5) {
                return 1 + 0.03 * Math.sin(2 * Math.PI * 0.3 * s) + 0.02 * Math.sin(7 * s);
            }
            return Signal.visit(18, 25).applyAsDouble(s);
        });

        assertThat(cell.play(automatic()).contacts()).containsExactly("on", "off", "on", "off");
    }

    @Test
    void someoneGettingOnWhileTheZeroIsLearnedIsSortedOutWithinSeconds() {
        // On at 0.1 s, in the middle of the learning second; off at 3 s; back at 12 s.
        Signal fsr = Signal.of(50, 20, 40, 600, 3, 17,
                s -> Signal.visit(0.1, 3).applyAsDouble(s) + Signal.visit(12, 16).applyAsDouble(s));
        Roller roller = automatic();

        RecordingEvents events = fsr.play(roller);

        assertThat(roller.state().zero()).isBetween(35.0, 45.0);
        assertThat(events.contacts()).endsWith("on", "off");
        assertThat(events.events.get(events.events.size() - 1).tNanos()).isGreaterThan(16_000_000_000L);
    }

    @Test
    void aSensorWhoseNoiseIsAsLargeAsAPersonMakesNoFalseContact() {
        Signal noisy = Signal.of(50, 30, 0, 400, 400, 11, Signal.visit(5, 25));

        assertThat(noisy.play(automatic()).contacts()).isEmpty();
    }

    @Test
    void aReadingStuckAtTheAdcTopIsSaturatedAndMakesNoContact() {
        Roller roller = automatic();
        RecordingEvents events = Signal.of(50, 10, 1023, 0, 0, 12, s -> 0).play(roller);

        assertThat(events.contacts()).isEmpty();
        assertThat(roller.state().saturated()).isTrue();
    }

    @Test
    void anFsrThatReadsZeroWhenEmptyIsNotSaturated() {
        Roller roller = automatic();
        Signal.of(50, 10, 0, 0, 0, 13, s -> 0).play(roller);

        assertThat(roller.state().saturated()).isFalse();
    }

    @Test
    void aKettlebellLeftOnTheRollerBecomesPartOfTheZeroWithinSeconds() {
        // A person (55,000 counts) visits; at 20 s a kettlebell adds 15 % of that and stays, as still
        // as the empty roller: as heavy as a light hold, but it does not breathe.
        Signal cell = Signal.of(10, 40, -121_500, 55_000, 60, 14,
                s -> Signal.visit(3, 12).applyAsDouble(s) + Signal.stillVisit(20, 99).applyAsDouble(s) * 0.15);
        Roller roller = automatic();

        RecordingEvents events = cell.play(roller);

        assertThat(events.contacts()).containsExactly("on", "off", "on", "off");
        assertThat(events.events.get(events.events.size() - 1).tNanos()).as("the kettlebell let go of within 6 s")
                .isLessThan(26_000_000_000L);
        assertThat(roller.state().zero()).isBetween(-121_500 + 8250 - 100.0, -121_500 + 8250 + 100.0);
    }

    @Test
    void aLightHoldRightAfterAHeavyOneCounts() {
        // A heavy upper-back hold (300,000 counts), then calves at 12 % of it two seconds later.
        Signal cell = Signal.of(10, 40, -84_000, 300_000, 50, 18,
                s -> Signal.visit(3, 15).applyAsDouble(s) + 0.12 * Signal.visit(17, 35).applyAsDouble(s));

        RecordingEvents events = cell.play(automatic());

        assertThat(events.contacts()).containsExactly("on", "off", "on", "off");
        assertThat(events.events.stream().filter(e -> e.what().equals("on")).skip(1).findFirst().orElseThrow().tNanos())
                .as("the light hold seen as it starts").isBetween(17_000_000_000L, 18_000_000_000L);
    }

    @Test
    void anFsrBreathingLightlyAtNinetySecondsIsHeldThroughout() {
        // Our sketch's FSR at 50 Hz: a light hold of 110 counts over an empty 4, breathing 3 %, for 90 s.
        Signal fsr = Signal.of(50, 100, 4, 110, 0.6, 19, Signal.visit(3, 93));

        assertThat(fsr.play(automatic()).contacts()).containsExactly("on", "off");
    }

    @Test
    void configuredLevelsAreUsedAsTheyAre() {
        Roller roller = new Roller(new RollerSettings(0, 0, 100.0, 200.0, 120.0, null));
        RecordingEvents events = new RecordingEvents();

        roller.feed(0, 290, events);
        roller.feed(1, 310, events);
        roller.feed(2, 230, events);

        assertThat(events.contacts()).containsExactly("on");
        assertThat(roller.state().source()).isEqualTo(RollerState.Source.CONFIG);
    }

    @Test
    void aCalibrationWinsOverTheConfiguredLevels() {
        var calibration = new CalibrationResult.Calibrated(0, 2, 1000, 400, 200);
        Roller roller = new Roller(new RollerSettings(0, 0, 100.0, 200.0, 120.0, calibration));
        RecordingEvents events = new RecordingEvents();

        roller.feed(0, 350, events);

        assertThat(events.contacts()).as("350 is past the config's level but short of the calibrated one").isEmpty();
        assertThat(roller.state().source()).isEqualTo(RollerState.Source.CALIBRATION);
        assertThat(roller.state().fullScale()).isEqualTo(1000);
    }

    @Test
    void aCalibratedDirectionIgnoresAMoveTheOtherWay() {
        var calibration = new CalibrationResult.Calibrated(0, 2, 1000, 400, 200);
        Roller roller = new Roller(new RollerSettings(0, 0, null, null, null, calibration));
        RecordingEvents events = new RecordingEvents();

        roller.feed(0, -900, events);

        assertThat(events.contacts()).isEmpty();
    }

    @Test
    void aCalibrationOnASensorGrownNoisyRaisesItsThresholdsAndSaysSo() {
        var calibration = new CalibrationResult.Calibrated(0, 2, 1000, 400, 200);
        Roller roller = new Roller(new RollerSettings(0, 0, null, null, null, calibration));
        // Minutes of an empty roller whose noise has grown to 60: the tracked noise follows it.
        RecordingEvents events = Signal.of(10, 600, 0, 0, 60, 15, s -> 0).play(roller);

        assertThat(events.contacts()).isEmpty();
        assertThat(roller.state().noisy()).isTrue();
        assertThat(roller.state().onLevel()).isGreaterThan(400);
    }

    @Test
    void theGaugeReadsAboutOneForTheCalibratedPerson() {
        var calibration = new CalibrationResult.Calibrated(0, 2, 1000, 400, 200);
        Roller roller = new Roller(new RollerSettings(0, 0, null, null, null, calibration));

        Signal.of(50, 5, 0, 1000, 2, 16, Signal.visit(1, 10)).play(roller);

        assertThat(roller.state().level()).isBetween(0.95, 1.05);
        assertThat(roller.state().onMark()).isEqualTo(0.4);
    }
}
