package com.rollkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The kiosk's tick comes sooner when a running hold reaches its target before the next one. */
class TickDelayTest {

    @Test
    void withNoHoldRunningTheTickKeepsItsUsualPace() {
        assertThat(KioskUi.tickDelayMs(-1)).isEqualTo(KioskUi.TICK_MS);
    }

    @Test
    void aHoldFarFromItsTargetDoesNotSpeedTheTickUp() {
        assertThat(KioskUi.tickDelayMs(5_000_000_000L)).isEqualTo(KioskUi.TICK_MS);
        assertThat(KioskUi.tickDelayMs(KioskUi.TICK_MS * 1_000_000L)).isEqualTo(KioskUi.TICK_MS);
    }

    @Test
    void aHoldDueBeforeTheNextTickIsTickedAtItsTargetRoundedUp() {
        assertThat(KioskUi.tickDelayMs(37_000_000L)).isEqualTo(37);
        assertThat(KioskUi.tickDelayMs(37_000_001L)).as("never early, or the hold is not yet complete").isEqualTo(38);
    }

    @Test
    void aHoldAlreadyDueIsTickedAtOnceButNeverWithAZeroDelay() {
        assertThat(KioskUi.tickDelayMs(0)).isEqualTo(1);
    }
}
