package com.rollkiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Touch is never taken away by a connected sensor; a sensor that sees nobody through touch-timed holds is suspect. */
class KioskFlowSensorTouchTest {

    private final FakeClock clock = new FakeClock();
    private final List<KioskEvent> events = new ArrayList<>();
    private final FlowTiming timing = FlowTiming.ofSeconds(600, 8, 10, 5, 3, 30, 90).withoutTapGuard();
    private final KioskFlow flow = new KioskFlow(clock, timing, List.of("quads"), events::add);
    private final RoutinePlan quads = new RoutinePlan("quads", List.of(new RoutinePlan.Entry("quads", true)));

    @BeforeEach
    void onTheFirstHoldWithASensorConnected() {
        flow.sensorStatus(SensorStatus.CONNECTED);
        flow.start();
        flow.noneApply();
        flow.chooseRoutine(quads);
        flow.chooseIntensity(Intensity.MAXIMAL);
    }

    private HoldTimer timer() {
        return flow.session().timer();
    }

    private void touchTimedHoldToItsEnd() {
        flow.holdStart();
        clock.advanceSeconds(3 + 30);
        flow.tick();
        flow.next();
    }

    @Test
    void aSensorThatSeesNobodyDoesNotStopAHoldStartedByTouch() {
        flow.holdStart();
        clock.advanceSeconds(3);
        flow.tick();
        assertThat(timer().state()).isEqualTo(HoldTimer.State.RUNNING);
        assertThat(flow.session().isTouchTimed()).isTrue();

        clock.advanceSeconds(30);
        flow.tick();

        assertThat(events).filteredOn(KioskEvent.HoldCompleted.class::isInstance).hasSize(1);
    }

    @Test
    void theSensorTakesOverOnceItSeesThePerson() {
        flow.holdStart();
        clock.advanceSeconds(5);
        flow.tick();

        flow.pressure(true);
        assertThat(flow.session().isTouchTimed()).isFalse();
        assertThat(timer().state()).isEqualTo(HoldTimer.State.RUNNING);
        clock.advanceSeconds(4);
        flow.pressure(false);

        assertThat(timer().state()).isEqualTo(HoldTimer.State.PAUSED);
        assertThat(timer().heldNanos()).isEqualTo(6_000_000_000L);
    }

    @Test
    void steadinessNewsDoesNotPauseATouchTimedHold() {
        flow.holdStart();
        clock.advanceSeconds(4);
        flow.tick();

        flow.steadiness(null);

        assertThat(timer().state()).isEqualTo(HoldTimer.State.RUNNING);
    }

    @Test
    void threeTouchTimedHoldsWithoutAContactFlagTheRoller() {
        RoutinePlan three = new RoutinePlan("three", List.of(new RoutinePlan.Entry("quads", true),
                new RoutinePlan.Entry("quads", false)));
        flow.endRoutine();
        flow.confirmEnd();
        flow.dismiss();
        flow.start();
        flow.noneApply();
        flow.chooseRoutine(three);
        flow.chooseIntensity(Intensity.MAXIMAL);

        touchTimedHoldToItsEnd();
        touchTimedHoldToItsEnd();
        assertThat(flow.rollerHealth().mayBeBroken()).isFalse();
        touchTimedHoldToItsEnd();

        assertThat(flow.rollerHealth().holdsWithoutPerson()).isEqualTo(3);
        assertThat(flow.rollerHealth().mayBeBroken()).isTrue();

        flow.pressure(true);
        assertThat(flow.rollerHealth().mayBeBroken()).isFalse();
    }

    @Test
    void holdsByTouchWithoutASensorSayNothingAboutTheRoller() {
        flow.sensorStatus(SensorStatus.RECONNECTING);

        touchTimedHoldToItsEnd();
        touchTimedHoldToItsEnd();

        assertThat(flow.rollerHealth().holdsWithoutPerson()).isZero();
    }

    @Test
    void aHoldTheSensorTimedIsNotCounted() {
        flow.pressure(true);
        clock.advanceSeconds(30);
        flow.tick();
        flow.pressure(false);

        assertThat(events).filteredOn(KioskEvent.HoldCompleted.class::isInstance).hasSize(1);
        assertThat(flow.rollerHealth().holdsWithoutPerson()).isZero();
    }
}
