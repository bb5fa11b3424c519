package com.rollkiosk.ui;

import com.rollkiosk.domain.RepeatedStep;

import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * When the screens look at the clock again. On the idle screen the kiosk sleeps until something is
 * due: the next card, or a held corner press. Elsewhere it ticks at least every {@value #TICK_MS}
 * ms, for what screens show of time, and sooner at the moment the flow or the screen is due, so a
 * hold completes (sound, flash, log) at its target rather than up to a tick late.
 */
final class Tick {

    /** The slowest pace away from the idle screen. */
    static final int TICK_MS = 200;

    private final Ticker ticker;
    private final RepeatedStep guard;
    private final Runnable step;
    private final LongSupplier flowDueNanos;
    private final BooleanSupplier idleScreen;
    private final LongSupplier screenDueMs;
    private boolean started;

    /**
     * @param step         what a tick does: the flow applies the time, the screen shows it
     * @param guard        reports a failing step once and recovers from it
     * @param flowDueNanos when the flow is next due, as {@code KioskFlow.nanosUntilDue} says
     * @param idleScreen   whether the idle screen is on show
     * @param screenDueMs  when the screen itself next changes, or {@code Long.MAX_VALUE}
     */
    Tick(Scheduler scheduler, Runnable step, RepeatedStep guard, LongSupplier flowDueNanos, BooleanSupplier idleScreen,
         LongSupplier screenDueMs) {
        this.ticker = new Ticker(scheduler, 0, this::run);
        this.step = step;
        this.guard = guard;
        this.flowDueNanos = flowDueNanos;
        this.idleScreen = idleScreen;
        this.screenDueMs = screenDueMs;
    }

    void start() {
        started = true;
        schedule();
    }

    void stop() {
        started = false;
        ticker.stop();
    }

    /** Something changed: chooses the next tick's moment anew. */
    void schedule() {
        if (started) {
            ticker.runIn(delayMs(flowDueNanos.getAsLong(), idleScreen.getAsBoolean(), screenDueMs.getAsLong()));
        }
    }

    private void run() {
        guard.run(step);
        if (started && !ticker.isRunning()) {
            // The step failed before it chose the next moment: keep the usual pace until it succeeds.
            ticker.runIn(TICK_MS);
        }
    }

    /** The next tick's delay in ms, never 0; {@code Long.MAX_VALUE} when only an event can change the idle screen. */
    static long delayMs(long flowDueNanos, boolean idleScreen, long screenDueMs) {
        long flowMs = flowDueNanos == Long.MAX_VALUE ? Long.MAX_VALUE : (flowDueNanos + 999_999) / 1_000_000;
        long ms = Math.min(flowMs, screenDueMs);
        if (!idleScreen) {
            ms = Math.min(ms, TICK_MS);
        }
        return Math.max(1, ms);
    }
}
