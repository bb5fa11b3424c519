package com.rollkiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.domain.RoutineSession.Phase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutineSessionTest {

    private static final long GET_READY = 3_000_000_000L;
    private final FakeClock clock = new FakeClock();
    private final List<KioskEvent> events = new ArrayList<>();
    private final RoutinePlan plan = new RoutinePlan("desk", List.of(
            new RoutinePlan.Entry("quads", true), new RoutinePlan.Entry("upper-back", false)));

    private RoutineSession session(boolean pressureOnAtStart) {
        return new RoutineSession(clock, plan, Intensity.MAXIMAL, 30, GET_READY, pressureOnAtStart, events::add);
    }

    private RoutineSession countingOnlySteady() {
        return new RoutineSession(clock, plan, Intensity.MAXIMAL, 30, GET_READY, false, HoldCounting.STEADY, events::add);
    }

    private KioskEvent.HoldCompleted completed() {
        return events.stream().filter(e -> e instanceof KioskEvent.HoldCompleted)
                .map(KioskEvent.HoldCompleted.class::cast).findFirst().orElseThrow();
    }

    @Test
    void countingOnlySteadyRunsTheTimerOnlyWhileTheyHoldStill() {
        RoutineSession s = countingOnlySteady();
        s.pressureOn();
        clock.advanceSeconds(2);
        s.steadiness(Steadiness.STEADY);
        clock.advanceSeconds(10);
        s.steadiness(Steadiness.ROLLING);
        clock.advanceSeconds(5);
        s.steadiness(Steadiness.SHIFTING);
        clock.advanceSeconds(1);
        s.steadiness(Steadiness.STEADY);
        clock.advanceSeconds(3);
        s.update();

        assertThat(s.timer().heldNanos()).isEqualTo(13_000_000_000L);
        assertThat(events).contains(new KioskEvent.HoldPaused(new Step("quads", Side.LEFT), 10_000));
    }

    @Test
    void countingOnContactKeepsRunningWhileRolling() {
        RoutineSession s = session(false);
        s.pressureOn();
        s.steadiness(Steadiness.ROLLING);
        clock.advanceSeconds(10);
        s.update();

        assertThat(s.timer().heldNanos()).isEqualTo(10_000_000_000L);
    }

    @Test
    void aCompletedHoldReportsTheShareHeldSteady() {
        RoutineSession s = session(false);
        s.pressureOn();
        s.steadiness(Steadiness.ROLLING);
        clock.advanceSeconds(6);
        s.steadiness(Steadiness.STEADY);
        clock.advanceSeconds(24);
        s.update();

        assertThat(completed().steadyPercent()).isEqualTo(80);
    }

    @Test
    void aHoldTimedByTouchReportsNoSteadyShare() {
        RoutineSession s = session(false);
        s.touchStart();
        clock.advanceSeconds(40);
        s.update();

        assertThat(completed().steadyPercent()).isNull();
    }

    @Test
    void stepsGoLeftThenRightAndOnceForARegionWithoutSides() {
        assertThat(plan.steps()).containsExactly(
                new Step("quads", Side.LEFT), new Step("quads", Side.RIGHT), new Step("upper-back", Side.CENTRE));
    }

    @Test
    void aCompletedHoldMovesToTheBetweenStepsPrompt() {
        RoutineSession s = session(false);
        s.pressureOn();
        clock.advanceSeconds(30);
        s.update();
        assertThat(s.phase()).isEqualTo(Phase.BETWEEN);
        assertThat(s.upcomingStep()).isEqualTo(new Step("quads", Side.RIGHT));
        assertThat(events).contains(new KioskEvent.HoldCompleted(new Step("quads", Side.LEFT), 30, null));
    }

    @Test
    void stayingOnTheRollerAfterASideDoesNotStartTheNextOne() {
        RoutineSession s = session(false);
        s.pressureOn();
        clock.advanceSeconds(30);
        s.update();
        s.pressureOn();
        clock.advanceSeconds(10);
        assertThat(s.phase()).isEqualTo(Phase.BETWEEN);
        assertThat(s.isArmed()).isFalse();
    }

    @Test
    void aFreshPressAfterGettingOffStartsTheNextSide() {
        RoutineSession s = session(false);
        s.pressureOn();
        clock.advanceSeconds(30);
        s.update();
        s.pressureOff();
        clock.advanceSeconds(2);
        s.pressureOn();
        assertThat(s.phase()).isEqualTo(Phase.HOLDING);
        assertThat(s.currentStep()).isEqualTo(new Step("quads", Side.RIGHT));
        assertThat(s.timer().state()).isEqualTo(HoldTimer.State.RUNNING);
    }

    @Test
    void aPersonAlreadyOnTheRollerWhenTheRoutineStartsMustGetOffFirst() {
        RoutineSession s = session(true);
        s.pressureOn();
        clock.advanceSeconds(5);
        assertThat(s.timer().state()).isEqualTo(HoldTimer.State.READY);
        s.pressureOff();
        s.pressureOn();
        assertThat(s.timer().state()).isEqualTo(HoldTimer.State.RUNNING);
    }

    @Test
    void releaseOnTheRollerPausesTheHold() {
        RoutineSession s = session(false);
        s.pressureOn();
        clock.advanceSeconds(8);
        s.pressureOff();
        clock.advanceSeconds(20);
        assertThat(s.timer().state()).isEqualTo(HoldTimer.State.PAUSED);
        assertThat(events).contains(new KioskEvent.HoldPaused(new Step("quads", Side.LEFT), 8_000));
    }

    @Test
    void touchStartCountsDownThenHolds() {
        RoutineSession s = session(false);
        s.touchStart();
        clock.advanceSeconds(3);
        s.update();
        assertThat(events).contains(new KioskEvent.HoldStarted(new Step("quads", Side.LEFT), 30, false));
        clock.advanceSeconds(30);
        s.update();
        assertThat(s.phase()).isEqualTo(Phase.BETWEEN);
    }

    @Test
    void nextFromTheBetweenPromptWaitsForAPressOnTheNextStep() {
        RoutineSession s = session(false);
        s.pressureOn();
        clock.advanceSeconds(30);
        s.update();
        s.next();
        assertThat(s.phase()).isEqualTo(Phase.HOLDING);
        assertThat(s.currentIndex()).isEqualTo(1);
        assertThat(s.timer().state()).isEqualTo(HoldTimer.State.READY);
    }

    @Test
    void skipMovesOnAndTheLastSkipFinishes() {
        RoutineSession s = session(false);
        s.skip();
        s.skip();
        assertThat(s.currentStep()).isEqualTo(new Step("upper-back", Side.CENTRE));
        s.skip();
        assertThat(s.phase()).isEqualTo(Phase.FINISHED);
        assertThat(s.allStepsDone()).isTrue();
        assertThat(s.completedSteps()).isZero();
    }

    @Test
    void backReturnsToThePreviousStepWithAFreshHold() {
        RoutineSession s = session(false);
        s.skip();
        s.pressureOn();
        clock.advanceSeconds(5);
        s.back();
        assertThat(s.currentStep()).isEqualTo(new Step("quads", Side.LEFT));
        assertThat(s.timer().state()).isEqualTo(HoldTimer.State.READY);
    }

    @Test
    void aStepRedoneAfterBackCountsOnce() {
        RoutineSession s = session(false);
        s.pressureOn();
        clock.advanceSeconds(30);
        s.update();
        s.back();
        s.pressureOff();
        s.pressureOn();
        clock.advanceSeconds(30);
        s.update();
        assertThat(s.phase()).isEqualTo(Phase.BETWEEN);
        assertThat(s.results()).hasSize(1);
        assertThat(s.completedSteps()).isEqualTo(1);
    }

    @Test
    void endingEarlyFinishesWithoutEveryStepDone() {
        RoutineSession s = session(false);
        s.pressureOn();
        clock.advanceSeconds(30);
        s.update();
        s.end();
        assertThat(s.phase()).isEqualTo(Phase.FINISHED);
        assertThat(s.allStepsDone()).isFalse();
        assertThat(s.completedSteps()).isEqualTo(1);
    }

    @Test
    void completingEveryStepFinishesTheRoutine() {
        RoutineSession s = session(false);
        for (int i = 0; i < 3; i++) {
            s.pressureOn();
            clock.advanceSeconds(30);
            s.update();
            s.pressureOff();
        }
        assertThat(s.phase()).isEqualTo(Phase.FINISHED);
        assertThat(s.allStepsDone()).isTrue();
        assertThat(s.completedSteps()).isEqualTo(3);
    }

    @Test
    void aFirstPressStartsAHoldAndAPressAfterAPauseResumesIt() {
        // A clock that moves on every reading, as a real one does between two calls.
        long[] now = {0};
        Clock moving = () -> now[0] += 1_000_000L;
        RoutineSession s = new RoutineSession(moving, plan, Intensity.MAXIMAL, 30, GET_READY, false, events::add);
        s.pressureOn();
        s.pressureOff();
        s.pressureOn();
        assertThat(events).filteredOn(e -> e instanceof KioskEvent.HoldStarted)
                .extracting(e -> ((KioskEvent.HoldStarted) e).resumed()).containsExactly(false, true);
    }
}
