package com.rollkiosk.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the kiosk looks at the clock again: on the idle screen only when something is due, elsewhere
 * at the usual pace or sooner, at the moment the flow is due.
 */
class TickDelayTest {

    private static final long NEVER = Long.MAX_VALUE;

    @Test
    void theIdleScreenSleepsUntilTheNextCard() {
        assertThat(Tick.delayMs(7_500_000_000L, true, NEVER)).isEqualTo(7_500);
    }

    @Test
    void theIdleScreenWithNothingDueSleepsUntilAnEventWakesIt() {
        assertThat(Tick.delayMs(NEVER, true, NEVER)).isEqualTo(NEVER);
    }

    @Test
    void aHeldCornerPressWakesTheIdleScreenWhenItOpensThePinPad() {
        assertThat(Tick.delayMs(7_500_000_000L, true, 3_000)).isEqualTo(3_000);
    }

    @Test
    void otherScreensKeepTheUsualPaceWhenNothingIsDueSooner() {
        assertThat(Tick.delayMs(NEVER, false, NEVER)).isEqualTo(Tick.TICK_MS);
        assertThat(Tick.delayMs(5_000_000_000L, false, NEVER)).isEqualTo(Tick.TICK_MS);
        assertThat(Tick.delayMs(Tick.TICK_MS * 1_000_000L, false, NEVER)).isEqualTo(Tick.TICK_MS);
    }

    @Test
    void aHoldDueBeforeTheNextTickIsTickedAtItsTargetRoundedUp() {
        assertThat(Tick.delayMs(37_000_000L, false, NEVER)).isEqualTo(37);
        assertThat(Tick.delayMs(37_000_001L, false, NEVER)).as("never early, or the hold is not yet complete")
                .isEqualTo(38);
    }

    @Test
    void somethingAlreadyDueIsTickedAtOnceButNeverWithAZeroDelay() {
        assertThat(Tick.delayMs(0, false, NEVER)).isEqualTo(1);
        assertThat(Tick.delayMs(0, true, NEVER)).isEqualTo(1);
        assertThat(Tick.delayMs(NEVER, true, 0)).isEqualTo(1);
    }
}
