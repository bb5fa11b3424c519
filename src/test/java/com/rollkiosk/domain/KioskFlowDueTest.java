package com.rollkiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The flow says when time alone will next change something, so the screens can sleep until then:
 * a tick just before that moment changes nothing, and ticking only at those moments decides
 * exactly what ticking all the time decides.
 */
class KioskFlowDueTest {

    private static final long MS = 1_000_000L;
    private static final long S = 1_000 * MS;
    private static final FlowTiming TIMING = FlowTiming.ofSeconds(60, 8, 10, 5, 3, 30, 90).withoutTapGuard();
    private static final List<String> CARDS = List.of("calves", "quads", "upper-back");
    private static final RoutinePlan DESK = new RoutinePlan("desk", List.of(
            new RoutinePlan.Entry("quads", true), new RoutinePlan.Entry("upper-back", false)));

    private final FakeClock clock = new FakeClock();
    private final List<KioskEvent> events = new ArrayList<>();
    private final KioskFlow flow = new KioskFlow(clock, TIMING, CARDS, events::add);

    /** Ticks just before the flow is due and checks nothing happened, then at the moment and returns what did. */
    private List<KioskEvent> tickAroundDue() {
        long due = flow.nanosUntilDue();
        Screen before = flow.screen();
        int seen = events.size();
        clock.advanceNanos(due - 1);
        flow.tick();
        assertThat(events).as("a tick 1 ns before the flow is due").hasSize(seen);
        assertThat(flow.screen()).isEqualTo(before);
        clock.advanceNanos(1);
        flow.tick();
        return List.copyOf(events.subList(seen, events.size()));
    }

    private void toHold(Intensity intensity) {
        flow.start();
        flow.noneApply();
        flow.chooseRoutine(DESK);
        flow.chooseIntensity(intensity);
    }

    @Test
    void theIdleScreenIsDueAtTheNextCard() {
        clock.advanceSeconds(3);
        assertThat(flow.nanosUntilDue()).isEqualTo(5 * S);
        assertThat(tickAroundDue()).containsExactly(new KioskEvent.AttractCardShown(1, "quads"));
        assertThat(flow.nanosUntilDue()).isEqualTo(8 * S);
    }

    @Test
    void aTouchOnTheIdleScreenIsDueAtTheIdleTimeoutWhichEndsTheVisit() {
        FlowTiming oneCard = FlowTiming.ofSeconds(60, 8, 10, 5, 3, 30, 90);
        KioskFlow f = new KioskFlow(clock, oneCard, List.of("calves"), e -> { });
        assertThat(f.nanosUntilDue()).isEqualTo(Long.MAX_VALUE);
        f.activity();
        assertThat(f.nanosUntilDue()).as("a language chosen there").isEqualTo(60 * S);
        clock.advanceSeconds(60);
        f.tick();
        assertThat(f.visitsEnded()).isEqualTo(1);
        assertThat(f.nanosUntilDue()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void anIdleScreenWithOneCardIsNeverDue() {
        KioskFlow single = new KioskFlow(clock, TIMING, List.of("calves"), e -> { });
        assertThat(single.nanosUntilDue()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aScreenLeftAloneIsDueAtTheIdleTimeout() {
        flow.start();
        clock.advanceSeconds(20);
        assertThat(flow.nanosUntilDue()).isEqualTo(40 * S);
        tickAroundDue();
        assertThat(flow.screen()).isEqualTo(Screen.ATTRACT);
    }

    @Test
    void someoneSittingOnTheRollerOutsideARoutineDoesNotHoldOffTheIdleTimeout() {
        flow.pressure(true);
        assertThat(flow.screen()).isEqualTo(Screen.CONTRAINDICATIONS);
        assertThat(flow.nanosUntilDue()).isEqualTo(60 * S);
        clock.advanceSeconds(60);
        flow.tick();
        assertThat(flow.screen()).isEqualTo(Screen.ATTRACT);
        assertThat(flow.isPressureOn()).isTrue();
        assertThat(flow.nanosUntilDue()).as("the next card; no visit is open").isEqualTo(8 * S);
    }

    @Test
    void someoneOnTheRollerDuringARoutineHoldsOffTheIdleTimeoutUntilTheyGetOff() {
        flow.sensorStatus(SensorStatus.CONNECTED);
        toHold(Intensity.MAXIMAL);
        flow.pressure(true);
        assertThat(flow.nanosUntilDue()).as("the hold's target").isEqualTo(30 * S);
        clock.advanceSeconds(30);
        flow.tick();
        assertThat(flow.screen()).isEqualTo(Screen.SWITCH_SIDE);
        assertThat(flow.nanosUntilDue()).as("the prompt moving on").isEqualTo(5 * S);
        clock.advanceSeconds(5);
        flow.tick();
        assertThat(flow.screen()).isEqualTo(Screen.HOLD);
        clock.advanceSeconds(300);
        flow.tick();
        assertThat(flow.screen()).isEqualTo(Screen.HOLD);
        assertThat(flow.nanosUntilDue()).as("on the roller, the hold waiting for them to lift off").isEqualTo(Long.MAX_VALUE);
        clock.advanceSeconds(300);
        flow.pressure(false);
        assertThat(flow.nanosUntilDue()).as("the timeout counts from getting off").isEqualTo(60 * S);
    }

    @Test
    void aRunningHoldIsDueAtItsTarget() {
        toHold(Intensity.MAXIMAL);
        flow.pressure(true);
        clock.advanceSeconds(12);
        assertThat(flow.nanosUntilDue()).isEqualTo(18 * S);
        assertThat(tickAroundDue()).anyMatch(e -> e instanceof KioskEvent.HoldCompleted);
        assertThat(flow.screen()).isEqualTo(Screen.SWITCH_SIDE);
        assertThat(flow.nanosUntilDue()).as("the switch-side prompt moves on by itself").isEqualTo(5 * S);
    }

    @Test
    void aGetReadyCountdownIsDueAtItsEnd() {
        toHold(Intensity.MAXIMAL);
        flow.holdStart();
        clock.advanceSeconds(1);
        assertThat(flow.nanosUntilDue()).isEqualTo(2 * S);
        assertThat(tickAroundDue()).anyMatch(e -> e instanceof KioskEvent.HoldStarted);
        assertThat(flow.nanosUntilDue()).isEqualTo(30 * S);
    }

    @Test
    void aPausedHoldIsDueOnlyAtTheIdleTimeout() {
        toHold(Intensity.MAXIMAL);
        flow.pressure(true);
        clock.advanceSeconds(10);
        flow.pressure(false);
        assertThat(flow.nanosUntilDue()).isEqualTo(60 * S);
    }

    @Test
    void aResultScreenIsDueWhenItGoesBackToTheIdleScreen() {
        flow.start();
        flow.oneApplies();
        clock.advanceSeconds(4);
        assertThat(flow.nanosUntilDue()).isEqualTo(6 * S);
        tickAroundDue();
        assertThat(flow.screen()).isEqualTo(Screen.ATTRACT);
    }

    @Test
    void staffModeIsDueAMinuteAfterTheLastTouch() {
        flow.askStaffPin();
        flow.enterStaff();
        clock.advanceSeconds(45);
        assertThat(flow.nanosUntilDue()).isEqualTo(15 * S);
        flow.activity();
        assertThat(flow.nanosUntilDue()).isEqualTo(60 * S);
        tickAroundDue();
        assertThat(flow.screen()).isEqualTo(Screen.ATTRACT);
    }

    @Test
    void aFlowPastDueIsDueAtOnce() {
        flow.start();
        clock.advanceSeconds(90);
        assertThat(flow.nanosUntilDue()).isZero();
    }

    /**
     * Random use, the same for two flows: one ticked every 10 ms, the other only when it says it
     * is due. Every time is a multiple of 10 ms, so both see each due moment; they must agree on
     * every event.
     */
    @Test
    void tickingOnlyWhenDueDecidesWhatTickingAllTheTimeDecides() {
        for (long seed = 1; seed <= 150; seed++) {
            List<Object> often = run(seed, false);
            List<Object> whenDue = run(seed, true);
            assertThat(whenDue).as("seed %d", seed).isEqualTo(often);
        }
    }

    private static List<Object> run(long seed, boolean onlyWhenDue) {
        Random random = new Random(seed);
        FakeClock time = new FakeClock();
        List<Object> seen = new ArrayList<>();
        KioskFlow f = new KioskFlow(time, TIMING, CARDS, e -> seen.add(e));
        List<Consumer<KioskFlow>> actions = List.of(KioskFlow::start, KioskFlow::noneApply, KioskFlow::oneApplies,
                k -> k.chooseRoutine(DESK), k -> k.chooseIntensity(Intensity.MAXIMAL),
                k -> k.chooseIntensity(Intensity.MINIMAL), KioskFlow::holdStart, KioskFlow::holdPause,
                k -> k.pressure(true), k -> k.pressure(false), k -> k.steadiness(Steadiness.STEADY),
                k -> k.steadiness(Steadiness.ROLLING), KioskFlow::skip, KioskFlow::next, KioskFlow::back,
                KioskFlow::endRoutine, KioskFlow::keepGoing, KioskFlow::confirmEnd, KioskFlow::dismiss, KioskFlow::activity, KioskFlow::askStaffPin,
                KioskFlow::enterStaff, KioskFlow::leaveStaff, k -> k.sensorStatus(SensorStatus.RECONNECTING),
                k -> k.sensorStatus(SensorStatus.CONNECTED));
        for (int step = 0; step < 40; step++) {
            // Mostly quick touches, now and then a long wait that lets a hold or a timeout run out.
            long gapMs = 10L * (random.nextInt(10) == 0 ? random.nextInt(12_000) : random.nextInt(300));
            long end = time.nanoTime() + gapMs * MS;
            if (onlyWhenDue) {
                while (true) {
                    long due = f.nanosUntilDue();
                    if (due == Long.MAX_VALUE || time.nanoTime() + due > end) {
                        break;
                    }
                    time.advanceNanos(due);
                    f.tick();
                }
                time.advanceNanos(end - time.nanoTime());
            } else {
                while (time.nanoTime() < end) {
                    time.advanceMillis(10);
                    f.tick();
                }
            }
            actions.get(random.nextInt(actions.size())).accept(f);
            // The end of a visit (the language going back) is decided by time too, but is no event.
            seen.add("visits ended: " + f.visitsEnded());
        }
        return seen;
    }
}
