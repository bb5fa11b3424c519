package com.rollkiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KioskFlowTest {

    private final FakeClock clock = new FakeClock();
    private final List<KioskEvent> events = new ArrayList<>();
    private final FlowTiming timing = FlowTiming.ofSeconds(60, 8, 10, 5, 3, 30, 90).withoutTapGuard();
    private final KioskFlow flow = new KioskFlow(clock, timing, List.of("calves", "quads", "upper-back"), events::add);
    private final RoutinePlan desk = new RoutinePlan("desk", List.of(
            new RoutinePlan.Entry("quads", true), new RoutinePlan.Entry("upper-back", false)));

    private void toHold(Intensity intensity) {
        flow.start();
        flow.noneApply();
        flow.chooseRoutine(desk);
        flow.chooseIntensity(intensity);
    }

    private List<Screen> screensVisited() {
        return events.stream().filter(e -> e instanceof KioskEvent.ScreenChanged)
                .map(e -> ((KioskEvent.ScreenChanged) e).to()).toList();
    }

    @Test
    void theKioskStartsInAttract() {
        assertThat(flow.screen()).isEqualTo(Screen.ATTRACT);
        assertThat(events).first().isEqualTo(new KioskEvent.AttractCardShown(0, "calves"));
    }

    @Test
    void startingAlwaysShowsTheContraindicationsFirst() {
        flow.start();
        assertThat(flow.screen()).isEqualTo(Screen.CONTRAINDICATIONS);
    }

    @Test
    void aPressOnTheRollerInAttractInvitesInButNeverSkipsTheContraindications() {
        flow.pressure(true);
        assertThat(flow.screen()).isEqualTo(Screen.CONTRAINDICATIONS);
        flow.pressure(false);
        flow.pressure(true);
        assertThat(flow.screen()).isEqualTo(Screen.CONTRAINDICATIONS);
    }

    @Test
    void oneOfTheseAppliesEndsAtASafeScreenAndNeverStartsAHold() {
        flow.start();
        flow.oneApplies();
        assertThat(flow.screen()).isEqualTo(Screen.NOT_SAFE);
        flow.chooseRoutine(desk);
        flow.chooseIntensity(Intensity.MAXIMAL);
        flow.pressure(true);
        flow.holdStart();
        clock.advanceSeconds(5);
        flow.tick();
        assertThat(flow.screen()).isEqualTo(Screen.NOT_SAFE);
        assertThat(flow.session()).isNull();
        assertThat(events).noneMatch(e -> e instanceof KioskEvent.HoldStarted || e instanceof KioskEvent.SessionStarted);
    }

    @Test
    void theSafeScreenReturnsToAttractByItself() {
        flow.start();
        flow.oneApplies();
        clock.advanceSeconds(10);
        flow.tick();
        assertThat(flow.screen()).isEqualTo(Screen.ATTRACT);
    }

    @Test
    void choosingARoutineAndIntensityStartsASessionOnTheHoldScreen() {
        toHold(Intensity.MINIMAL);
        assertThat(flow.screen()).isEqualTo(Screen.HOLD);
        assertThat(flow.session().targetSeconds()).isEqualTo(90);
        assertThat(events).contains(new KioskEvent.SessionStarted("desk", Intensity.MINIMAL, 3));
    }

    @Test
    void maximalToleranceHoldsForThirtySeconds() {
        toHold(Intensity.MAXIMAL);
        assertThat(flow.session().timer().targetSeconds()).isEqualTo(30);
    }

    @Test
    void aHandsFreeRoutineRunsFromPressToFinish() {
        toHold(Intensity.MAXIMAL);
        for (int step = 0; step < 3; step++) {
            flow.pressure(true);
            clock.advanceSeconds(30);
            flow.tick();
            flow.pressure(false);
        }
        assertThat(flow.screen()).isEqualTo(Screen.FINISHED);
        assertThat(screensVisited()).containsSubsequence(Screen.HOLD, Screen.SWITCH_SIDE, Screen.HOLD,
                Screen.SWITCH_SIDE, Screen.HOLD, Screen.FINISHED);
        assertThat(events).contains(new KioskEvent.SessionEnded("desk", KioskEvent.Outcome.FINISHED, 3, 3));
    }

    @Test
    void byTouchTheSwitchSidePromptMovesOnToTheNextHoldWhichGetsReadyByItself() {
        toHold(Intensity.MAXIMAL);
        assertThat(flow.session().timer().state()).isEqualTo(HoldTimer.State.GET_READY);
        clock.advanceSeconds(3);
        flow.tick();
        clock.advanceSeconds(30);
        flow.tick();
        assertThat(flow.screen()).isEqualTo(Screen.SWITCH_SIDE);
        clock.advanceSeconds(5);
        flow.tick();
        assertThat(flow.screen()).isEqualTo(Screen.HOLD);
        assertThat(flow.session().currentStep()).isEqualTo(new Step("quads", Side.RIGHT));
        assertThat(flow.session().timer().state()).isEqualTo(HoldTimer.State.GET_READY);
        clock.advanceSeconds(3);
        flow.tick();
        assertThat(flow.session().timer().state()).isEqualTo(HoldTimer.State.RUNNING);
        assertThat(events).filteredOn(e -> e instanceof KioskEvent.HoldStarted).hasSize(2);
    }

    @Test
    void withTheRollerTheSwitchSidePromptMovesOnToTheNextHoldByItself() {
        flow.sensorStatus(SensorStatus.CONNECTED);
        toHold(Intensity.MAXIMAL);
        flow.pressure(true);
        clock.advanceSeconds(30);
        flow.tick();
        assertThat(flow.screen()).isEqualTo(Screen.SWITCH_SIDE);
        clock.advanceSeconds(5);
        flow.tick();
        assertThat(flow.screen()).isEqualTo(Screen.HOLD);
        assertThat(flow.session().currentStep()).isEqualTo(new Step("quads", Side.RIGHT));
        assertThat(flow.session().timer().state()).isEqualTo(HoldTimer.State.READY);
    }

    @Test
    void idleTimeoutReturnsToAttractAndAbandonsTheSession() {
        toHold(Intensity.MAXIMAL);
        flow.holdPause();
        clock.advanceSeconds(59);
        flow.tick();
        assertThat(flow.screen()).isEqualTo(Screen.HOLD);
        clock.advanceSeconds(1);
        flow.tick();
        assertThat(flow.screen()).isEqualTo(Screen.ATTRACT);
        assertThat(flow.session()).isNull();
        assertThat(events).contains(new KioskEvent.SessionEnded("desk", KioskEvent.Outcome.ABANDONED, 0, 3));
    }

    @Test
    void idleTimeoutAppliesOnEveryUserScreen() {
        flow.start();
        flow.noneApply();
        clock.advanceSeconds(60);
        flow.tick();
        assertThat(flow.screen()).isEqualTo(Screen.ATTRACT);
    }

    @Test
    void aPersonHoldingOnTheRollerIsNotIdle() {
        FlowTiming longHolds = FlowTiming.ofSeconds(60, 8, 10, 5, 3, 30, 90).withoutTapGuard();
        KioskFlow f = new KioskFlow(clock, longHolds, List.of("quads"), events::add);
        f.start();
        f.noneApply();
        f.chooseRoutine(desk);
        f.chooseIntensity(Intensity.MINIMAL);
        f.pressure(true);
        for (int s = 0; s < 85; s += 5) {
            clock.advanceSeconds(5);
            f.tick();
        }
        assertThat(f.screen()).isEqualTo(Screen.HOLD);
        assertThat(f.session().timer().state()).isEqualTo(HoldTimer.State.RUNNING);
    }

    @Test
    void staffModeOpensOnlyThroughThePinPad() {
        flow.enterStaff();
        assertThat(flow.screen()).isEqualTo(Screen.ATTRACT);
        flow.askStaffPin();
        assertThat(flow.screen()).isEqualTo(Screen.STAFF_PIN);
        flow.enterStaff();
        assertThat(flow.screen()).isEqualTo(Screen.STAFF);
        flow.leaveStaff();
        assertThat(flow.screen()).isEqualTo(Screen.ATTRACT);
    }

    @Test
    void cancellingThePinPadGoesBackToTheIdleScreen() {
        flow.askStaffPin();
        flow.leaveStaff();
        assertThat(flow.screen()).isEqualTo(Screen.ATTRACT);
    }

    @Test
    void staffModeLeavesByItselfAfterAMinuteUntouchedWhateverTheRunnersTimeout() {
        flow.askStaffPin();
        flow.enterStaff();
        clock.advanceSeconds(59);
        flow.activity();
        clock.advanceSeconds(59);
        flow.tick();
        assertThat(flow.screen()).isEqualTo(Screen.STAFF);
        clock.advanceSeconds(1);
        flow.tick();
        assertThat(flow.screen()).isEqualTo(Screen.ATTRACT);
    }

    @Test
    void thePinPadLeavesByItselfAfterAMinuteUntouched() {
        flow.askStaffPin();
        clock.advanceSeconds(59);
        flow.tick();
        assertThat(flow.screen()).isEqualTo(Screen.STAFF_PIN);
        clock.advanceSeconds(1);
        flow.tick();
        assertThat(flow.screen()).isEqualTo(Screen.ATTRACT);
    }

    @Test
    void aNewTimingIsUsedByTheNextHold() {
        flow.retime(FlowTiming.ofSeconds(60, 8, 10, 5, 0, 45, 120).withoutTapGuard());
        toHold(Intensity.MAXIMAL);
        assertThat(flow.session().timer().targetSeconds()).isEqualTo(45);
    }

    @Test
    void askingForThePinAbandonsARoutineInProgress() {
        toHold(Intensity.MAXIMAL);
        flow.askStaffPin();
        assertThat(events).contains(new KioskEvent.SessionEnded("desk", KioskEvent.Outcome.ABANDONED, 0, 3));
    }

    @Test
    void endFinishesEarlyAndTheFinishedScreenReturnsToAttract() {
        toHold(Intensity.MAXIMAL);
        flow.endRoutine();
        assertThat(flow.screen()).isEqualTo(Screen.CONFIRM_END);
        flow.confirmEnd();
        assertThat(flow.screen()).isEqualTo(Screen.FINISHED);
        assertThat(events).contains(new KioskEvent.SessionEnded("desk", KioskEvent.Outcome.ABANDONED, 0, 3));
        clock.advanceSeconds(10);
        flow.tick();
        assertThat(flow.screen()).isEqualTo(Screen.ATTRACT);
    }

    @Test
    void backWalksBackThroughTheChoices() {
        flow.start();
        flow.noneApply();
        flow.chooseRoutine(desk);
        flow.back();
        assertThat(flow.screen()).isEqualTo(Screen.CHOOSE_ROUTINE);
        flow.back();
        assertThat(flow.screen()).isEqualTo(Screen.CONTRAINDICATIONS);
        flow.back();
        assertThat(flow.screen()).isEqualTo(Screen.ATTRACT);
    }

    @Test
    void attractCardsChangeWhileIdle() {
        clock.advanceSeconds(8);
        flow.tick();
        clock.advanceSeconds(8);
        flow.tick();
        assertThat(events).containsExactly(
                new KioskEvent.AttractCardShown(0, "calves"),
                new KioskEvent.AttractCardShown(1, "quads"),
                new KioskEvent.AttractCardShown(2, "upper-back"));
    }

    @Test
    void aTouchStartedHoldCountsDownThenCompletes() {
        toHold(Intensity.MAXIMAL);
        flow.holdStart();
        clock.advanceSeconds(3);
        flow.tick();
        assertThat(flow.session().timer().state()).isEqualTo(HoldTimer.State.RUNNING);
        clock.advanceSeconds(30);
        flow.tick();
        assertThat(flow.screen()).isEqualTo(Screen.SWITCH_SIDE);
    }

    @Test
    void losingTheSensorWhileOnTheRollerPausesTheHold() {
        flow.sensorStatus(SensorStatus.CONNECTED);
        toHold(Intensity.MAXIMAL);
        flow.pressure(true);
        clock.advanceSeconds(10);
        flow.sensorStatus(SensorStatus.RECONNECTING);
        clock.advanceSeconds(10);
        flow.tick();
        assertThat(flow.session().timer().state()).isEqualTo(HoldTimer.State.PAUSED);
        assertThat(flow.isPressureOn()).isFalse();
    }

    @Test
    void recoveringFromAFaultAbandonsTheRoutineAndShowsTheIdleScreen() {
        toHold(Intensity.MAXIMAL);
        flow.pressure(true);
        events.clear();

        flow.recover();

        assertThat(flow.screen()).isEqualTo(Screen.ATTRACT);
        assertThat(flow.session()).isNull();
        assertThat(events).startsWith(new KioskEvent.SessionEnded("desk", KioskEvent.Outcome.ABANDONED, 0, 3),
                new KioskEvent.ScreenChanged(Screen.HOLD, Screen.ATTRACT));
    }

    @Test
    void recoveringOnTheIdleScreenChangesNothing() {
        events.clear();

        flow.recover();

        assertThat(flow.screen()).isEqualTo(Screen.ATTRACT);
        assertThat(events).isEmpty();
    }

    @Test
    void withStrictCountingRollingPausesTheHoldAndHoldingStillResumesIt() {
        KioskFlow strict = new KioskFlow(clock, timing.counting(HoldCounting.STEADY), List.of("calves"), events::add);
        strict.sensorStatus(SensorStatus.CONNECTED);
        strict.start();
        strict.noneApply();
        strict.chooseRoutine(desk);
        strict.chooseIntensity(Intensity.MAXIMAL);
        strict.pressure(true);
        strict.steadiness(Steadiness.STEADY);
        clock.advanceSeconds(10);
        strict.steadiness(Steadiness.ROLLING);
        clock.advanceSeconds(10);
        strict.tick();
        assertThat(strict.session().timer().state()).isEqualTo(HoldTimer.State.PAUSED);

        strict.steadiness(Steadiness.STEADY);
        clock.advanceSeconds(20);
        strict.tick();
        assertThat(strict.screen()).isEqualTo(Screen.SWITCH_SIDE);
        assertThat(events).contains(new KioskEvent.HoldCompleted(new Step("quads", Side.LEFT), 30, 100));
    }
}
