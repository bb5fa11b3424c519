package com.rollkiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A tap right after a screen appears presses nothing there; the safety list needs its reading time. */
class TapGuardFlowTest {

    private final FakeClock clock = new FakeClock();
    private final List<KioskEvent> events = new ArrayList<>();
    private final FlowTiming timing = FlowTiming.ofSeconds(60, 8, 10, 5, 3, 30, 90);
    private final KioskFlow flow = new KioskFlow(clock, timing, List.of("calves"), events::add);
    private final RoutinePlan desk = new RoutinePlan("desk", List.of(
            new RoutinePlan.Entry("quads", true), new RoutinePlan.Entry("upper-back", false)));

    /** Taps as a person does, each after the screen has been up for a while. */
    private void tapAfterReading(Consumer<KioskFlow> tap) {
        clock.advanceMillis(1_500);
        tap.accept(flow);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 50, 100, 200, 300, 499})
    void aSecondTapOfADoubleTapDoesNotConfirmTheSafetyList(int gapMs) {
        tapAfterReading(KioskFlow::start);
        clock.advanceMillis(gapMs);
        flow.noneApply();
        assertThat(flow.screen()).isEqualTo(Screen.CONTRAINDICATIONS);
        assertThat(events).noneMatch(e -> e instanceof KioskEvent.SessionStarted);
    }

    @Test
    void theSafetyListsConfirmationCountsOnlyAfterASecondOfReading() {
        tapAfterReading(KioskFlow::start);
        clock.advanceMillis(999);
        assertThat(flow.nanosUntilConfirmCounts()).isEqualTo(1_000_000L);
        flow.noneApply();
        assertThat(flow.screen()).isEqualTo(Screen.CONTRAINDICATIONS);
        clock.advanceMillis(1);
        assertThat(flow.nanosUntilConfirmCounts()).isZero();
        flow.noneApply();
        assertThat(flow.screen()).isEqualTo(Screen.CHOOSE_ROUTINE);
    }

    @Test
    void theOtherAnswersOnTheSafetyListNeedOnlyTheShortGuard() {
        tapAfterReading(KioskFlow::start);
        clock.advanceMillis(499);
        flow.back();
        assertThat(flow.screen()).isEqualTo(Screen.CONTRAINDICATIONS);
        clock.advanceMillis(1);
        assertThat(flow.nanosUntilTapsCount()).isZero();
        assertThat(flow.nanosUntilConfirmCounts()).isEqualTo(500_000_000L);
        flow.oneApplies();
        assertThat(flow.screen()).isEqualTo(Screen.NOT_SAFE);
    }

    @Test
    void everyScreenSwallowsATapInItsFirstMoment() {
        tapAfterReading(KioskFlow::start);
        tapAfterReading(KioskFlow::noneApply);
        flow.chooseRoutine(desk);
        assertThat(flow.screen()).as("routine choice").isEqualTo(Screen.CHOOSE_ROUTINE);
        tapAfterReading(f -> f.chooseRoutine(desk));
        flow.chooseIntensity(Intensity.MAXIMAL);
        assertThat(flow.screen()).as("intensity choice").isEqualTo(Screen.CHOOSE_INTENSITY);
        tapAfterReading(f -> f.chooseIntensity(Intensity.MAXIMAL));
        flow.holdPause();
        flow.skip();
        flow.back();
        flow.endRoutine();
        assertThat(flow.screen()).as("hold").isEqualTo(Screen.HOLD);
        assertThat(flow.session().timer().state()).isEqualTo(HoldTimer.State.GET_READY);
    }

    @Test
    void aNewStepOnTheSameScreenIsGuardedToo() {
        tapAfterReading(KioskFlow::start);
        tapAfterReading(KioskFlow::noneApply);
        tapAfterReading(f -> f.chooseRoutine(desk));
        tapAfterReading(f -> f.chooseIntensity(Intensity.MAXIMAL));
        tapAfterReading(KioskFlow::skip);
        assertThat(flow.session().currentIndex()).isEqualTo(1);
        clock.advanceMillis(200);
        flow.skip();
        assertThat(flow.session().currentIndex()).as("a double tap on Skip skips one hold").isEqualTo(1);
    }

    @Test
    void aScreenSlowToAppearGetsItsGuardFromWhenItWasShown() {
        tapAfterReading(KioskFlow::start);
        clock.advanceMillis(2_000);
        flow.screenShown();
        clock.advanceMillis(300);
        flow.noneApply();
        assertThat(flow.screen()).isEqualTo(Screen.CONTRAINDICATIONS);
    }

    @Test
    void aSwallowedTapStillCountsAsSomeoneThere() {
        tapAfterReading(KioskFlow::start);
        clock.advanceMillis(59_900);
        flow.screenShown();
        flow.noneApply();
        clock.advanceMillis(59_000);
        flow.tick();
        assertThat(flow.screen()).isEqualTo(Screen.CONTRAINDICATIONS);
    }
}
