package com.rollkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.domain.Screen;
import org.junit.jupiter.api.Test;

/**
 * The idle screen runs for months: between one card and the next nothing wakes the kiosk, and
 * a card's change wakes it only for its short fade.
 */
class IdleWakeWindowTest {

    private static final long CARD_MS = Fixture.CONFIG.attract().cardPeriodSeconds() * 1_000L;

    @Test
    void betweenCardsNothingRunsAndTheNextWakeIsTheNextCard() throws Exception {
        try (KioskWindowHarness k = new KioskWindowHarness(1280, 800)) {
            k.advanceMillis(1_000);
            long runs = k.onEdt(k.scheduler::runs);

            assertThat(k.onEdt(k.scheduler::msUntilNext)).as("the next wake").isEqualTo(CARD_MS - 1_000);
            k.advanceMillis(CARD_MS - 1_001);
            assertThat(k.onEdt(k.scheduler::runs)).as("work run while the card stood still").isEqualTo(runs);
            assertThat(k.onEdt(k::texts)).contains(Fixture.CONTENT.regions().get(0).name());
        }
    }

    @Test
    void aCardChangeWakesTheKioskOnlyForItsFade() throws Exception {
        try (KioskWindowHarness k = new KioskWindowHarness(1280, 800)) {
            k.advanceMillis(1_000);
            long before = k.onEdt(k.scheduler::runs);

            k.advanceMillis(CARD_MS);

            long runs = k.onEdt(k.scheduler::runs) - before;
            assertThat(k.screen()).isEqualTo(Screen.ATTRACT);
            assertThat(k.onEdt(k::texts)).contains(Fixture.CONTENT.regions().get(1).name());
            // One tick for the card, and the fade's frames: 700 ms at 30 a second.
            assertThat(runs).as("wakes in one card period").isBetween(2L, 1 + 700 / 33 + 2L);
        }
    }

    @Test
    void aFingerHeldOnTheCornerWakesTheKioskWhenThePinPadIsDue() throws Exception {
        try (KioskWindowHarness k = new KioskWindowHarness(1280, 800)) {
            k.advanceMillis(1_000);
            java.awt.Point p = k.onEdt(() -> {
                java.awt.Point origin = k.frame.getContentPane().getLocationOnScreen();
                return new java.awt.Point(origin.x + 40, origin.y + 40);
            });
            k.pressAt(p.x, p.y);

            assertThat(k.onEdt(k.scheduler::msUntilNext)).isEqualTo(CornerPress.HOLD_MS);
            k.advanceMillis(CornerPress.HOLD_MS);
            k.lift();
            assertThat(k.screen()).isEqualTo(Screen.STAFF_PIN);
        }
    }
}
