package com.rollkiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A runner's way through a routine: Back from the first hold, the end question, holds that get ready by themselves. */
class RunnerFlowTest {

    private final FakeClock clock = new FakeClock();
    private final List<KioskEvent> events = new ArrayList<>();
    private final KioskFlow flow = new KioskFlow(clock, FlowTiming.ofSeconds(60, 8, 10, 5, 10, 30, 90).withoutTapGuard(),
            List.of("calves"), events::add);
    private final RoutinePlan desk = new RoutinePlan("desk", List.of(
            new RoutinePlan.Entry("quads", true), new RoutinePlan.Entry("upper-back", false)));

    private void toHold() {
        flow.start();
        flow.noneApply();
        flow.chooseRoutine(desk);
        flow.chooseIntensity(Intensity.MAXIMAL);
    }

    @Test
    void backOnTheFirstHoldGoesBackToTheIntensityChoiceAndEndsThatSession() {
        toHold();
        flow.back();
        assertThat(flow.screen()).isEqualTo(Screen.CHOOSE_INTENSITY);
        assertThat(flow.session()).isNull();
        assertThat(flow.chosenRoutine()).isEqualTo(desk);
        assertThat(events).contains(new KioskEvent.SessionEnded("desk", KioskEvent.Outcome.ABANDONED, 0, 3));
        flow.chooseIntensity(Intensity.MINIMAL);
        assertThat(flow.session().targetSeconds()).isEqualTo(90);
    }

    @Test
    void byTouchEveryHoldGetsReadyByItselfForTheConfiguredTime() {
        toHold();
        assertThat(flow.session().timer().state()).isEqualTo(HoldTimer.State.GET_READY);
        assertThat(flow.session().timer().getReadySecondsShown()).isEqualTo(10);
        flow.skip();
        assertThat(flow.session().currentIndex()).isEqualTo(1);
        assertThat(flow.session().timer().state()).as("after Skip").isEqualTo(HoldTimer.State.GET_READY);
        flow.back();
        assertThat(flow.session().currentIndex()).isZero();
        assertThat(flow.session().timer().state()).as("after Back").isEqualTo(HoldTimer.State.GET_READY);
        assertThat(flow.nanosUntilDue()).isEqualTo(10_000_000_000L);
    }

    @Test
    void withTheRollerAHoldWaitsForSomeoneToGetOn() {
        flow.sensorStatus(SensorStatus.CONNECTED);
        toHold();
        assertThat(flow.session().timer().state()).isEqualTo(HoldTimer.State.READY);
        flow.pressure(true);
        assertThat(flow.session().timer().state()).isEqualTo(HoldTimer.State.RUNNING);
    }

    @Test
    void endingAsksOnceAndKeepGoingReturnsToAGettingReadyHold() {
        toHold();
        clock.advanceSeconds(12);
        flow.tick();
        flow.endRoutine();
        assertThat(flow.screen()).isEqualTo(Screen.CONFIRM_END);
        assertThat(flow.session().timer().state()).as("the hold waits while asked").isEqualTo(HoldTimer.State.PAUSED);
        clock.advanceSeconds(40);
        flow.tick();
        assertThat(flow.screen()).isEqualTo(Screen.CONFIRM_END);
        flow.keepGoing();
        assertThat(flow.screen()).isEqualTo(Screen.HOLD);
        assertThat(flow.session().timer().state()).isEqualTo(HoldTimer.State.GET_READY);
        assertThat(events).noneMatch(e -> e instanceof KioskEvent.SessionEnded);
    }

    @Test
    void backAndEscapeOnTheQuestionKeepGoingToo() {
        toHold();
        clock.advanceSeconds(45);
        flow.tick();
        assertThat(flow.screen()).isEqualTo(Screen.SWITCH_SIDE);
        flow.endRoutine();
        flow.back();
        assertThat(flow.screen()).isEqualTo(Screen.SWITCH_SIDE);
        flow.endRoutine();
        flow.confirmEnd();
        assertThat(flow.screen()).isEqualTo(Screen.FINISHED);
        assertThat(events).contains(new KioskEvent.SessionEnded("desk", KioskEvent.Outcome.ABANDONED, 1, 3));
    }

    @Test
    void walkingAwayFromTheQuestionAbandonsTheRoutineAtTheIdleTimeout() {
        toHold();
        flow.endRoutine();
        clock.advanceSeconds(60);
        flow.tick();
        assertThat(flow.screen()).isEqualTo(Screen.ATTRACT);
        assertThat(events).contains(new KioskEvent.SessionEnded("desk", KioskEvent.Outcome.ABANDONED, 0, 3));
    }
}
