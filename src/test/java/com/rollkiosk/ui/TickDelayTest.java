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
        assertThat(KioskUi.tickDelayMs(7_500_000_000L, true, NEVER)).isEqualTo(7_500);
    }

    @Test
    void theIdleScreenWithNothingDueSleepsUntilAnEventWakesIt() {
        assertThat(KioskUi.tickDelayMs(NEVER, true, NEVER)).isEqualTo(NEVER);
    }

    @Test
    void aHeldCornerPressWakesTheIdleScreenWhenItOpensThePinPad() {
        assertThat(KioskUi.tickDelayMs(7_500_000_000L, true, 3_000)).isEqualTo(3_000);
    }

    @Test
    void otherScreensKeepTheUsualPaceWhenNothingIsDueSooner() {
        assertThat(KioskUi.tickDelayMs(NEVER, false, NEVER)).isEqualTo(KioskUi.TICK_MS);
        assertThat(KioskUi.tickDelayMs(5_000_000_000L, false, NEVER)).isEqualTo(KioskUi.TICK_MS);
        assertThat(KioskUi.tickDelayMs(KioskUi.TICK_MS * 1_000_000L, false, NEVER)).isEqualTo(KioskUi.TICK_MS);
    }

    @Test
    void aHoldDueBeforeTheNextTickIsTickedAtItsTargetRoundedUp() {
        assertThat(KioskUi.tickDelayMs(37_000_000L, false, NEVER)).isEqualTo(37);
        assertThat(KioskUi.tickDelayMs(37_000_001L, false, NEVER)).as("never early, or the hold is not yet complete")
                .isEqualTo(38);
    }

    @Test
    void somethingAlreadyDueIsTickedAtOnceButNeverWithAZeroDelay() {
        assertThat(KioskUi.tickDelayMs(0, false, NEVER)).isEqualTo(1);
        assertThat(KioskUi.tickDelayMs(0, true, NEVER)).isEqualTo(1);
        assertThat(KioskUi.tickDelayMs(NEVER, true, 0)).isEqualTo(1);
    }
}
