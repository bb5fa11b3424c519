package com.rollkiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.Cases;
import com.rollkiosk.domain.HoldTimer.State;
import org.junit.jupiter.api.Test;
import java.util.List;

class HoldTimerTest {

    private final FakeClock clock = new FakeClock();
    private final HoldTimer timer = HoldTimer.ofSeconds(clock, 30);

    @Test
    void aNewHoldWaitsWithTheFullTargetLeft() {
        clock.advanceSeconds(100);
        assertThat(timer.state()).isEqualTo(State.READY);
        assertThat(timer.remainingSecondsShown()).isEqualTo(30);
    }

    @Test
    void holdCompletesExactlyAtItsTarget() {
        timer.press();
        clock.advanceNanos(30_000_000_000L - 1);
        timer.update();
        assertThat(timer.state()).isEqualTo(State.RUNNING);
        assertThat(timer.remainingSecondsShown()).isEqualTo(1);
        clock.advanceNanos(1);
        timer.update();
        assertThat(timer.state()).isEqualTo(State.COMPLETE);
        assertThat(timer.remainingNanos()).isZero();
    }

    @Test
    void releasePausesTheHoldAndKeepsTheTimeHeld() {
        timer.press();
        clock.advanceSeconds(12);
        timer.release();
        clock.advanceSeconds(500);
        assertThat(timer.state()).isEqualTo(State.PAUSED);
        assertThat(timer.heldNanos()).isEqualTo(12_000_000_000L);
        assertThat(timer.remainingSecondsShown()).isEqualTo(18);
    }

    @Test
    void aResumedHoldCompletesWhenTheHeldTimeAddsUpToTheTarget() {
        timer.press();
        clock.advanceSeconds(20);
        timer.release();
        clock.advanceSeconds(7);
        timer.press();
        clock.advanceSeconds(9);
        timer.update();
        assertThat(timer.isComplete()).isFalse();
        clock.advanceSeconds(1);
        timer.update();
        assertThat(timer.isComplete()).isTrue();
    }

    @Test
    void countdownShowsWholeSecondsRoundedUp() {
        timer.press();
        clock.advanceMillis(1);
        assertThat(timer.remainingSecondsShown()).isEqualTo(30);
        clock.advanceMillis(999);
        assertThat(timer.remainingSecondsShown()).isEqualTo(29);
    }

    @Test
    void touchStartWaitsForTheGetReadyCountdownBeforeCounting() {
        timer.startAfterCountdown(5_000_000_000L);
        clock.advanceMillis(4_999);
        timer.update();
        assertThat(timer.state()).isEqualTo(State.GET_READY);
        assertThat(timer.getReadySecondsShown()).isEqualTo(1);
        assertThat(timer.heldNanos()).isZero();
        clock.advanceMillis(1 + 10_000);
        timer.update();
        assertThat(timer.state()).isEqualTo(State.RUNNING);
        assertThat(timer.heldNanos()).isEqualTo(10_000_000_000L);
    }

    @Test
    void aPressDuringGetReadyStartsCountingAtOnce() {
        timer.startAfterCountdown(5_000_000_000L);
        clock.advanceSeconds(1);
        timer.press();
        clock.advanceSeconds(2);
        assertThat(timer.heldNanos()).isEqualTo(2_000_000_000L);
    }

    @Test
    void pauseDuringGetReadyReturnsToWaiting() {
        timer.startAfterCountdown(5_000_000_000L);
        timer.release();
        clock.advanceSeconds(60);
        assertThat(timer.state()).isEqualTo(State.READY);
    }

    @Test
    void aLateReadingDoesNotCountTimeBeyondTheTarget() {
        timer.press();
        clock.advanceSeconds(45);
        timer.update();
        assertThat(timer.isComplete()).isTrue();
        assertThat(timer.heldNanos()).isEqualTo(30_000_000_000L);
        assertThat(timer.progress()).isEqualTo(1.0);
    }

    @Test
    void skipEndsTheHoldAndMarksItSkipped() {
        timer.press();
        clock.advanceSeconds(4);
        timer.skip();
        assertThat(timer.isComplete()).isTrue();
        assertThat(timer.wasSkipped()).isTrue();
        assertThat(timer.heldNanos()).isEqualTo(4_000_000_000L);
    }

    @Test
    void restartGoesBackToTheFullTarget() {
        timer.press();
        clock.advanceSeconds(10);
        timer.restart();
        assertThat(timer.state()).isEqualTo(State.READY);
        assertThat(timer.remainingSecondsShown()).isEqualTo(30);
    }

    @Test
    void aSecondPressWhileRunningChangesNothing() {
        timer.press();
        clock.advanceSeconds(10);
        timer.press();
        clock.advanceSeconds(10);
        assertThat(timer.heldNanos()).isEqualTo(20_000_000_000L);
    }

    @Test
    void askingChangesNothingOnlyAnUpdateCompletesAHold() {
        timer.press();
        clock.advanceSeconds(31);

        assertThat(timer.state()).isEqualTo(State.RUNNING);
        assertThat(timer.remainingNanos()).isZero();
        assertThat(timer.state()).as("still: reading twice moved nothing").isEqualTo(State.RUNNING);
        timer.update();
        assertThat(timer.state()).isEqualTo(State.COMPLETE);
    }

    @Test
    void steadyTimeIsCountedOnlyWhileRunningAndSteady() {
        timer.steady(true);
        clock.advanceSeconds(5);
        timer.press();
        clock.advanceSeconds(4);
        timer.steady(false);
        clock.advanceSeconds(3);
        timer.steady(true);
        clock.advanceSeconds(2);
        timer.release();
        clock.advanceSeconds(10);

        assertThat(timer.heldNanos()).isEqualTo(9_000_000_000L);
        assertThat(timer.steadyNanos()).isEqualTo(6_000_000_000L);
    }

    @Test
    void steadyTimeStopsAtTheTarget() {
        timer.steady(true);
        timer.press();
        clock.advanceSeconds(40);
        timer.update();

        assertThat(timer.steadyNanos()).isEqualTo(30_000_000_000L);
    }

    /** Whatever the pattern of presses and releases, the hold counts exactly the time pressure was on. */
    @Test
    void heldTimeIsTheSumOfTheTimesPressureWasOn() {
        Cases.check(300, cases -> {
            List<Integer> onMillis = cases.list(1, 20, () -> cases.between(1, 4_000));
            int offMillis = cases.between(1, 5_000);
            FakeClock c = new FakeClock();
            HoldTimer t = HoldTimer.ofSeconds(c, 30);
            long expected = 0;
            for (int on : onMillis) {
                t.press();
                c.advanceMillis(on);
                t.release();
                c.advanceMillis(offMillis);
                expected = Math.min(30_000, expected + on);
            }
            t.update();
            assertThat(t.heldNanos() / 1_000_000L).isEqualTo(expected);
            assertThat(t.isComplete()).isEqualTo(expected == 30_000);
        });
    }
}
