package com.rollkiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The empty levels outlive a connection: offered once surely empty, used at once after a replug. */
class RollerMemoryTest {

    private static final String HELLO = "# rollkiosk-sensor v2 fsr";
    private static final RollerLevels FSR = new RollerLevels(HELLO, 4, 0.6, 0.3, 1);

    private final List<RollerLevels> offered = new ArrayList<>();
    private final RecordingEvents events = new RecordingEvents() {
        @Override
        public void emptyLevels(long tNanos, RollerLevels levels) {
            offered.add(levels);
        }
    };

    private static Roller automatic() {
        return new Roller(RollerSettings.automatic(150, 700));
    }

    @Test
    void rememberedLevelsSeeTheFirstPersonFromTheirFirstSecond() {
        Roller roller = automatic();
        roller.reset(HELLO, FSR);
        assertThat(roller.state().learning()).isFalse();
        assertThat(roller.state().source()).isEqualTo(RollerState.Source.REMEMBERED);

        Signal.of(50, 5, 4, 300, 0.6, 1, Signal.visit(0, 9)).play(roller, events);

        assertThat(events.contacts()).containsExactly("on");
        assertThat(events.events.get(0).tNanos()).isLessThan(1_000_000_000L);
    }

    @Test
    void levelsRememberedOnAnotherSensorAreNotUsed() {
        Roller roller = automatic();
        roller.reset("# rollkiosk-sensor v2 hx711", FSR);

        assertThat(roller.state().learning()).isTrue();
        assertThat(roller.state().source()).isEqualTo(RollerState.Source.AUTOMATIC);
    }

    @Test
    void aCalibrationWinsOverRememberedLevels() {
        var calibration = new CalibrationResult.Calibrated(0, 2, 1000, 400, 200);
        Roller roller = new Roller(new RollerSettings(0, 0, null, null, null, calibration));
        roller.reset(HELLO, FSR);

        assertThat(roller.state().source()).isEqualTo(RollerState.Source.CALIBRATION);
        assertThat(roller.state().zero()).isZero();
    }

    @Test
    void decimalsWhereWholeCountsWereRememberedAreAnotherSensorLearnedAfresh() {
        Roller roller = automatic();
        roller.reset("", new RollerLevels("", 4, 0.6, 0.3, 1));

        Signal kg = Signal.of(10, 3, 1234, 0, 2, 2, s -> 0);
        for (int i = 0; i < kg.value.length; i++) {
            kg.value[i] /= 100;
        }
        kg.play(roller, events);

        assertThat(events.contacts()).isEmpty();
        assertThat(roller.state().source()).isEqualTo(RollerState.Source.AUTOMATIC);
        assertThat(roller.state().zero()).isBetween(12.3, 12.37);
    }

    @Test
    void rememberedLevelsOfAnotherRangeGiveWayWithinSeconds() {
        // Remembered at 4 (an FSR); this sketch prints raw counts near -84,000 and no hello line.
        Roller roller = automatic();
        roller.reset("", new RollerLevels("", 4, 0.6, 0.3, 1));

        Signal.of(10, 10, -84_000, 0, 40, 3, s -> 0).play(roller, events);

        assertThat(events.contacts()).containsExactly("on", "off");
        assertThat(events.events.get(1).tNanos()).isLessThan(6_000_000_000L);
        assertThat(roller.state().source()).isEqualTo(RollerState.Source.AUTOMATIC);
        assertThat(roller.state().zero()).isBetween(-84_100.0, -83_900.0);
    }

    @Test
    void anEmptyStillRollerIsOfferedForRememberingAfterTenSecondsThenAtMostOnceAMinute() {
        Roller roller = automatic();
        roller.reset(HELLO, null);

        Signal.of(50, 140, 4, 0, 0.6, 4, s -> 0).play(roller, events);

        assertThat(offered).hasSize(3);
        assertThat(offered.get(0).sensor()).isEqualTo(HELLO);
        assertThat(offered.get(0).zero()).isBetween(3.5, 4.5);
        assertThat(offered.get(0).quantum()).isEqualTo(1);
    }

    @Test
    void aPersonOnTheRollerSinceConnectIsNeverRememberedAsTheEmptyRoller() {
        Roller roller = automatic();
        roller.reset(HELLO, null);

        Signal.of(50, 120, 4, 300, 0.6, 5, Signal.visit(0, 200)).play(roller, events);

        assertThat(offered).isEmpty();
    }

    @Test
    void nothingIsOfferedUntilFourSecondsAfterAPersonLeft() {
        Roller roller = automatic();
        roller.reset(HELLO, FSR);

        Signal.of(50, 15, 4, 300, 0.6, 6, Signal.visit(1, 12)).play(roller, events);

        assertThat(events.contacts()).containsExactly("on", "off");
        assertThat(offered).isEmpty();
    }

    @Test
    void afterASketchTaredWithSomeoneOnAtAReplugTheEmptyRollerReadingTheOtherWayIsLetGoWithinTwoSeconds() {
        // Hundredths of a kilogram, as the HX711 library's example prints them (28 kg here, well below the
        // top sixth of a 12-bit converter, where breathing would say nothing): a breathing person pushes it up.
        Roller roller = automatic();
        roller.reset(HELLO, null);
        Signal.of(10, 20, 0, 2800, 2, 7, Signal.visit(3, 15)).play(roller, events);
        RollerLevels before = roller.levels();
        assertThat(before).isNotNull();

        // The replug: the sketch tared with the person still on, so when they get off it reads minus their load.
        RecordingEvents after = leftAfterATaringReplug(roller, before);

        assertThat(after.contacts()).containsExactly("on", "off");
        assertThat(after.events.get(after.events.size() - 1).tNanos()).isLessThan(32_200_000_000L);
        assertThat(roller.state().zero()).isBetween(-2810.0, -2790.0);
    }

    @Test
    void theSideARollerIsLoadedToIsLearnedFromAShortContactOnAZeroSeenEmpty() {
        // The empty roller is seen still for five seconds; someone is on for three, too short for their
        // movement to be judged, when the cable comes out and the sketch tares with them still on.
        Roller roller = automatic();
        roller.reset(HELLO, null);
        Signal.of(10, 10, 0, 2800, 2, 7, Signal.visit(6, 20)).play(roller, events);
        RollerLevels before = roller.levels();
        assertThat(offered).as("the empty roller was seen still before they got on").isNotEmpty();

        RecordingEvents after = leftAfterATaringReplug(roller, before);

        assertThat(after.contacts()).containsExactly("on", "off");
        assertThat(after.events.get(after.events.size() - 1).tNanos()).isLessThan(32_200_000_000L);
    }

    /**
     * A replug at 30 s, the person still on, with a sketch that tares at its start: once they have
     * got off, the empty roller reads minus their load for five seconds.
     */
    private static RecordingEvents leftAfterATaringReplug(Roller roller, RollerLevels before) {
        roller.reset(HELLO, before);
        RecordingEvents after = new RecordingEvents();
        Signal gone = Signal.of(10, 5, -2800, 0, 2, 8, s -> 0);
        for (int i = 0; i < gone.t.length; i++) {
            roller.feed(30_000_000_000L + gone.t[i], gone.value[i], after);
        }
        return after;
    }

    @Test
    void aContactOnAZeroNeverSeenEmptyTeachesNoSide() {
        // Learned with someone on who was never told apart; the empty roller then reads as a still
        // "contact" the other way. Were its side learned, every real person after it would be let go.
        Roller roller = automatic();
        roller.reset(HELLO, null);
        Signal.of(10, 60, 0, -2800, 2, 9, s -> s < 3 ? 0 : 1).play(roller, events);
        Signal person = Signal.of(10, 20, -2800, 2800, 2, 10, Signal.visit(5, 15));
        RecordingEvents later = new RecordingEvents();
        for (int i = 0; i < person.t.length; i++) {
            roller.feed(60_000_000_000L + person.t[i], person.value[i], later);
        }

        assertThat(later.contacts()).containsExactly("on", "off");
        long off = later.events.stream().filter(e -> e.what().equals("off")).findFirst().orElseThrow().tNanos();
        assertThat(off - later.events.get(0).tNanos()).as("held for the whole visit").isGreaterThan(9_000_000_000L);
    }
}
