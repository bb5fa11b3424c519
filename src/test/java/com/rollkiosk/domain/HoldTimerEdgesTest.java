package com.rollkiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rollkiosk.domain.HoldTimer.State;
import org.junit.jupiter.api.Test;

/**
 * The hold timer's edges on a fake clock in ms: every command first applies what time has decided,
 * a countdown of zero, resuming after a pause, and steady time read while the hold runs.
 */
class HoldTimerEdgesTest {

    private static final long S = 1_000_000_000L;
    private final FakeClock clock = new FakeClock();
    private final HoldTimer timer = HoldTimer.ofSeconds(clock, 30);

    /** Presses, then lets the clock run past the 30 s target with no update in between. */
    private void runPastTheTargetUnnoticed() {
        timer.press();
        clock.advanceMillis(31_000);
        assertThat(timer.state()).as("no update yet").isEqualTo(State.RUNNING);
    }

    @Test
    void aTargetMustBePositive() {
        assertThatThrownBy(() -> new HoldTimer(clock, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a hold target must be positive, was 0 ns");
        HoldTimer shortest = new HoldTimer(clock, 1);
        assertThat(shortest.targetNanos()).isEqualTo(1);
        assertThat(timer.targetNanos()).isEqualTo(30 * S);
        assertThat(timer.targetSeconds()).isEqualTo(30);
    }

    @Test
    void progressIsTheShareOfTheTargetHeld() {
        timer.press();
        clock.advanceMillis(7_500);

        assertThat(timer.progress()).isEqualTo(0.25);
    }

    @Test
    void aPressAfterTheCountdownRanOutKeepsTheTimeCountedSinceItEnded() {
        timer.startAfterCountdown(3 * S);
        clock.advanceMillis(5_000);

        timer.press();

        assertThat(timer.state()).isEqualTo(State.RUNNING);
        assertThat(timer.heldNanos()).as("counting began when the countdown ended").isEqualTo(2 * S);
    }

    @Test
    void aReleaseAfterTheTargetWasReachedCompletesTheHold() {
        runPastTheTargetUnnoticed();

        timer.release();

        assertThat(timer.state()).isEqualTo(State.COMPLETE);
        assertThat(timer.wasSkipped()).isFalse();
        assertThat(timer.heldNanos()).isEqualTo(30 * S);
    }

    @Test
    void aSkipAfterTheTargetWasReachedIsNotASkip() {
        runPastTheTargetUnnoticed();

        timer.skip();

        assertThat(timer.isComplete()).isTrue();
        assertThat(timer.wasSkipped()).isFalse();
        assertThat(timer.heldNanos()).isEqualTo(30 * S);
    }

    @Test
    void aStartOrASteadinessChangeAfterTheTargetWasReachedCompletesTheHold() {
        runPastTheTargetUnnoticed();
        timer.startAfterCountdown(3 * S);
        assertThat(timer.state()).isEqualTo(State.COMPLETE);

        HoldTimer other = HoldTimer.ofSeconds(clock, 30);
        other.press();
        clock.advanceMillis(31_000);
        other.steady(true);
        assertThat(other.state()).isEqualTo(State.COMPLETE);
        assertThat(other.steadyNanos()).isZero();
    }

    @Test
    void aCountdownOfZeroStartsCountingAtOnce() {
        timer.startAfterCountdown(0);

        assertThat(timer.state()).isEqualTo(State.RUNNING);
        clock.advanceMillis(1_000);
        assertThat(timer.heldNanos()).isEqualTo(S);
    }

    @Test
    void aStartAfterAPauseCountsDownThenGoesOnFromTheTimeHeld() {
        timer.press();
        clock.advanceMillis(4_000);
        timer.release();
        clock.advanceMillis(10_000);

        timer.startAfterCountdown(3 * S);
        assertThat(timer.state()).isEqualTo(State.GET_READY);
        assertThat(timer.getReadySecondsShown()).isEqualTo(3);
        clock.advanceMillis(2_999);
        timer.update();
        assertThat(timer.state()).isEqualTo(State.GET_READY);
        assertThat(timer.heldNanos()).isEqualTo(4 * S);
        clock.advanceMillis(1_001);
        timer.update();

        assertThat(timer.state()).isEqualTo(State.RUNNING);
        assertThat(timer.heldNanos()).isEqualTo(5 * S);
    }

    @Test
    void aPauseDuringTheCountdownAfterTimeWasHeldKeepsItPaused() {
        timer.press();
        clock.advanceMillis(4_000);
        timer.release();
        timer.startAfterCountdown(3 * S);

        timer.release();

        assertThat(timer.state()).isEqualTo(State.PAUSED);
        assertThat(timer.heldNanos()).isEqualTo(4 * S);
    }

    @Test
    void steadyTimeIsReadWhileItIsStillGoingUpToTheTarget() {
        timer.press();
        clock.advanceMillis(2_000);
        timer.steady(true);
        clock.advanceMillis(3_000);
        assertThat(timer.steadyNanos()).isEqualTo(3 * S);

        timer.steady(false);
        clock.advanceMillis(5_000);
        assertThat(timer.steadyNanos()).as("not steady any more").isEqualTo(3 * S);

        timer.steady(true);
        clock.advanceMillis(1_000);
        assertThat(timer.steadyNanos()).isEqualTo(4 * S);

        // Held 11 s so far: the target comes 19 s on, and steady time stops there even before an update.
        clock.advanceMillis(25_000);
        assertThat(timer.steadyNanos()).isEqualTo(23 * S);
    }

    @Test
    void steadyTimeAfterAPauseStopsAtTheTargetToo() {
        timer.steady(true);
        timer.press();
        clock.advanceMillis(2_000);
        timer.release();
        clock.advanceMillis(10_000);
        timer.press();
        clock.advanceMillis(1_000);
        assertThat(timer.steadyNanos()).isEqualTo(3 * S);

        clock.advanceMillis(60_000);
        assertThat(timer.steadyNanos()).as("28 s of the second run reach the target").isEqualTo(30 * S);
    }
}
