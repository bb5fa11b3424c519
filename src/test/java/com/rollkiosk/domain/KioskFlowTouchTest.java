package com.rollkiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The flow's touches on each screen, what they leave alone, and what the screens read from it. */
class KioskFlowTouchTest {

    private final FakeClock clock = new FakeClock();
    private final List<KioskEvent> events = new ArrayList<>();
    private final FlowTiming timing = FlowTiming.ofSeconds(60, 8, 10, 5, 3, 30, 90).withoutTapGuard();
    private final KioskFlow flow = new KioskFlow(clock, timing, List.of("calves", "quads", "upper-back"), events::add);
    private final RoutinePlan desk = new RoutinePlan("desk", List.of(
            new RoutinePlan.Entry("quads", true), new RoutinePlan.Entry("upper-back", false)));
    private final Step quadsLeft = new Step("quads", Side.LEFT);
    private final Step quadsRight = new Step("quads", Side.RIGHT);

    private void toChooseRoutine() {
        flow.start();
        flow.noneApply();
    }

    private void toHold(Intensity intensity) {
        toChooseRoutine();
        flow.chooseRoutine(desk);
        flow.chooseIntensity(intensity);
    }

    private <T extends KioskEvent> List<T> eventsOf(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static Stream<Arguments> touches() {
        RoutinePlan plan = new RoutinePlan("calves", List.of(new RoutinePlan.Entry("calves", false)));
        List<Arguments> all = List.of(
                Arguments.of("start", (Consumer<KioskFlow>) KioskFlow::start),
                Arguments.of("noneApply", (Consumer<KioskFlow>) KioskFlow::noneApply),
                Arguments.of("oneApplies", (Consumer<KioskFlow>) KioskFlow::oneApplies),
                Arguments.of("chooseRoutine", (Consumer<KioskFlow>) f -> f.chooseRoutine(plan)),
                Arguments.of("chooseIntensity", (Consumer<KioskFlow>) f -> f.chooseIntensity(Intensity.MAXIMAL)),
                Arguments.of("holdStart", (Consumer<KioskFlow>) KioskFlow::holdStart),
                Arguments.of("holdPause", (Consumer<KioskFlow>) KioskFlow::holdPause),
                Arguments.of("skip", (Consumer<KioskFlow>) KioskFlow::skip),
                Arguments.of("next", (Consumer<KioskFlow>) KioskFlow::next),
                Arguments.of("back", (Consumer<KioskFlow>) KioskFlow::back),
                Arguments.of("endRoutine", (Consumer<KioskFlow>) KioskFlow::endRoutine),
                Arguments.of("keepGoing", (Consumer<KioskFlow>) KioskFlow::keepGoing),
                Arguments.of("confirmEnd", (Consumer<KioskFlow>) KioskFlow::confirmEnd),
                Arguments.of("dismiss", (Consumer<KioskFlow>) KioskFlow::dismiss));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("touches")
    void everyTouchCountsAsSomeoneStillThere(String name, Consumer<KioskFlow> touch) {
        toChooseRoutine();
        clock.advanceSeconds(59);
        flow.tick();

        touch.accept(flow);
        clock.advanceSeconds(59);
        flow.tick();

        assertThat(flow.screen()).as("118 s after the start, 59 s after %s", name).isNotEqualTo(Screen.ATTRACT);
    }

    @Test
    void withoutATouchTheSameWaitTimesOut() {
        toChooseRoutine();
        clock.advanceSeconds(59);
        flow.tick();
        clock.advanceSeconds(59);
        flow.tick();

        assertThat(flow.screen()).isEqualTo(Screen.ATTRACT);
    }

    @Test
    void pauseOnTheHoldScreenPausesATouchStartedHold() {
        toHold(Intensity.MAXIMAL);
        flow.holdStart();
        clock.advanceSeconds(3 + 4);
        flow.tick();
        assertThat(flow.session().timer().state()).isEqualTo(HoldTimer.State.RUNNING);

        flow.holdPause();

        assertThat(flow.session().timer().state()).isEqualTo(HoldTimer.State.PAUSED);
        assertThat(eventsOf(KioskEvent.HoldPaused.class)).containsExactly(new KioskEvent.HoldPaused(quadsLeft, 4000));
    }

    @Test
    void aTouchStartedHoldLongerThanTheIdleTimeoutIsNotTakenForAnEmptyKiosk() {
        toHold(Intensity.MINIMAL);
        flow.holdStart();
        for (int s = 0; s < 80; s++) {
            clock.advanceSeconds(1);
            flow.tick();
        }

        assertThat(flow.screen()).isEqualTo(Screen.HOLD);
        assertThat(flow.session().timer().state()).isEqualTo(HoldTimer.State.RUNNING);
    }

    @Test
    void skipGoesStraightToTheNextHoldAndNextLeavesTheSwitchSidePrompt() {
        toHold(Intensity.MAXIMAL);
        flow.pressure(true);
        clock.advanceSeconds(2);
        flow.tick();

        flow.skip();
        assertThat(flow.screen()).isEqualTo(Screen.HOLD);
        assertThat(flow.session().currentStep()).isEqualTo(quadsRight);
        assertThat(eventsOf(KioskEvent.HoldSkipped.class)).containsExactly(new KioskEvent.HoldSkipped(quadsLeft, 2000));

        // The next hold waits for a fresh press.
        flow.pressure(false);
        flow.pressure(true);
        clock.advanceSeconds(30);
        flow.tick();
        assertThat(flow.screen()).isEqualTo(Screen.SWITCH_SIDE);
        flow.next();
        assertThat(flow.screen()).isEqualTo(Screen.HOLD);
        assertThat(flow.session().currentStep()).isEqualTo(new Step("upper-back", Side.CENTRE));
    }

    @Test
    void backOnTheSecondHoldReturnsToTheFirst() {
        toHold(Intensity.MAXIMAL);
        flow.skip();
        flow.next();
        assertThat(flow.session().currentStep()).isEqualTo(quadsRight);

        flow.back();

        assertThat(flow.screen()).isEqualTo(Screen.HOLD);
        assertThat(flow.session().currentStep()).isEqualTo(quadsLeft);
    }

    @Test
    void touchesThatBelongToARoutineDoNothingBeforeOne() {
        toChooseRoutine();
        events.clear();

        flow.holdStart();
        flow.holdPause();
        flow.skip();
        flow.next();
        flow.endRoutine();
        flow.dismiss();
        flow.steadiness(Steadiness.ROLLING);

        assertThat(flow.screen()).isEqualTo(Screen.CHOOSE_ROUTINE);
        assertThat(flow.session()).isNull();
        assertThat(events).isEmpty();
    }

    @Test
    void dismissLeavesAResultScreenForTheIdleOne() {
        flow.start();
        flow.oneApplies();
        flow.dismiss();
        assertThat(flow.screen()).isEqualTo(Screen.ATTRACT);

        toHold(Intensity.MAXIMAL);
        flow.endRoutine();
        flow.confirmEnd();
        assertThat(flow.screen()).isEqualTo(Screen.FINISHED);
        flow.dismiss();
        assertThat(flow.screen()).isEqualTo(Screen.ATTRACT);
    }

    @Test
    void dismissOnTheHoldScreenIsIgnored() {
        toHold(Intensity.MAXIMAL);
        flow.dismiss();
        assertThat(flow.screen()).isEqualTo(Screen.HOLD);
    }

    @Test
    void askingForTheStaffPinMidHoldEndsThatSession() {
        toHold(Intensity.MAXIMAL);
        RoutineSession session = flow.session();

        flow.askStaffPin();

        assertThat(session.isFinished()).isTrue();
        assertThat(flow.screen()).isEqualTo(Screen.STAFF_PIN);
    }

    @Test
    void aHoldInProgressChangesNoScreenOnEachTick() {
        toHold(Intensity.MAXIMAL);
        flow.pressure(true);
        events.clear();
        for (int i = 0; i < 10; i++) {
            clock.advanceMillis(200);
            flow.tick();
        }

        assertThat(eventsOf(KioskEvent.ScreenChanged.class)).isEmpty();
    }

    @Test
    void steadinessReachesTheSessionOnTheHoldScreen() {
        toHold(Intensity.MAXIMAL);
        flow.pressure(true);

        flow.steadiness(Steadiness.ROLLING);

        assertThat(flow.session().steadiness()).isEqualTo(Steadiness.ROLLING);
        assertThat(flow.isPressureOn()).isTrue();
    }

    @Test
    void attractCardsCountFromTheReturnToTheIdleScreen() {
        clock.advanceSeconds(1003);
        flow.start();
        flow.back();
        assertThat(flow.attractCard()).isZero();
        assertThat(eventsOf(KioskEvent.AttractCardShown.class)).last()
                .isEqualTo(new KioskEvent.AttractCardShown(0, "calves"));

        clock.advanceSeconds(10);
        flow.tick();

        assertThat(flow.attractCard()).isEqualTo(1);
        assertThat(flow.attractCardPhase()).isCloseTo(0.25, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void whatTheScreensRead() {
        assertThat(flow.timing()).isSameAs(timing);
        assertThat(flow.sensorStatus()).isEqualTo(SensorStatus.NONE);
        assertThat(flow.isSensorConnected()).isFalse();
        flow.sensorStatus(SensorStatus.CONNECTED);
        assertThat(flow.isSensorConnected()).isTrue();
        assertThat(flow.sensorStatus()).isEqualTo(SensorStatus.CONNECTED);

        toChooseRoutine();
        flow.chooseRoutine(desk);
        assertThat(flow.chosenRoutine()).isSameAs(desk);
    }
}
