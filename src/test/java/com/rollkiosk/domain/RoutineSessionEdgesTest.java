package com.rollkiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A session's less travelled paths: ending mid-hold, stepping off and on, what its screens read. */
class RoutineSessionEdgesTest {

    private final FakeClock clock = new FakeClock();
    private final List<KioskEvent> events = new ArrayList<>();
    private final RoutinePlan plan = new RoutinePlan("desk", List.of(
            new RoutinePlan.Entry("quads", true), new RoutinePlan.Entry("upper-back", false)));
    private final Step quadsLeft = new Step("quads", Side.LEFT);
    private final Step quadsRight = new Step("quads", Side.RIGHT);

    private RoutineSession session(long getReadyNanos, boolean pressureOnNow) {
        return new RoutineSession(clock, plan, Intensity.MINIMAL, 30, getReadyNanos, pressureOnNow, events::add);
    }

    @Test
    void endingMidHoldStopsItsTimer() {
        RoutineSession s = session(0, false);
        s.pressureOn();
        clock.advanceSeconds(5);

        s.end();
        clock.advanceSeconds(60);
        s.update();

        assertThat(s.isFinished()).isTrue();
        assertThat(s.timer().heldNanos()).isEqualTo(5_000_000_000L);
        assertThat(s.results()).isEmpty();
    }

    @Test
    void steadinessBeforeSteppingOffIsNotCountedAfterSteppingBackOn() {
        RoutineSession s = session(0, false);
        s.pressureOn();
        s.steadiness(Steadiness.STEADY);
        clock.advanceSeconds(10);
        s.pressureOff();
        s.pressureOn();
        clock.advanceSeconds(20);
        s.update();

        assertThat(events).contains(new KioskEvent.HoldCompleted(quadsLeft, 30, 33));
        assertThat(s.results()).containsExactly(new RoutineSession.StepResult(quadsLeft, 30_000, false));
    }

    @Test
    void aStartWithoutCountdownRunsAtOnce() {
        RoutineSession s = session(0, false);

        s.touchStart();

        assertThat(events).last().isEqualTo(new KioskEvent.HoldStarted(quadsLeft, 30, false));
        assertThat(s.timer().state()).isEqualTo(HoldTimer.State.RUNNING);
    }

    @Test
    void thePromptBetweenStepsAnnouncesTheNextAndTheLastStepAnnouncesItself() {
        RoutineSession s = session(0, false);
        assertThat(s.upcomingStep()).isEqualTo(quadsRight);
        s.pressureOn();
        clock.advanceSeconds(30);
        s.update();
        assertThat(s.phase()).isEqualTo(RoutineSession.Phase.BETWEEN);
        assertThat(s.upcomingStep()).isEqualTo(quadsRight);

        s.next();
        s.skip();

        assertThat(s.currentStep()).isEqualTo(new Step("upper-back", Side.CENTRE));
        assertThat(s.upcomingStep()).isEqualTo(new Step("upper-back", Side.CENTRE));
    }

    @Test
    void whoStartedOnTheRollerMustStepOffFirst() {
        RoutineSession onAtStart = session(0, true);
        assertThat(onAtStart.isArmed()).isFalse();
        assertThat(onAtStart.isPressureOn()).isTrue();
        onAtStart.pressureOff();
        assertThat(onAtStart.isArmed()).isTrue();
        assertThat(onAtStart.isPressureOn()).isFalse();

        assertThat(session(0, false).isArmed()).isTrue();
    }

    @Test
    void whatTheScreensRead() {
        RoutineSession s = session(0, false);
        s.pressureOn();
        s.steadiness(Steadiness.ROLLING);

        assertThat(s.intensity()).isEqualTo(Intensity.MINIMAL);
        assertThat(s.counting()).isEqualTo(HoldCounting.CONTACT);
        assertThat(s.steadiness()).isEqualTo(Steadiness.ROLLING);
        assertThat(s.isFinished()).isFalse();
        assertThat(s.targetSeconds()).isEqualTo(30);
    }
}
