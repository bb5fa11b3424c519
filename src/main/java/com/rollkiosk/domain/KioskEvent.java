package com.rollkiosk.domain;

/**
 * What happened in the kiosk, as the activity log and the screens need to know it. The domain
 * emits these; the app writes them out and the UI redraws from them.
 */
public sealed interface KioskEvent {

    record ScreenChanged(Screen from, Screen to) implements KioskEvent {
    }

    record AttractCardShown(int index, String regionId) implements KioskEvent {
    }

    record SessionStarted(String routineId, Intensity intensity, int steps) implements KioskEvent {
    }

    /** @param resumed true when a paused hold carries on */
    record HoldStarted(Step step, int targetSeconds, boolean resumed) implements KioskEvent {
    }

    record HoldPaused(Step step, long heldMillis) implements KioskEvent {
    }

    /** @param steadyPercent of the time held, the share spent holding still; null without a sensor */
    record HoldCompleted(Step step, int targetSeconds, Integer steadyPercent) implements KioskEvent {
    }

    record HoldSkipped(Step step, long heldMillis) implements KioskEvent {
    }

    enum Outcome { FINISHED, ABANDONED }

    record SessionEnded(String routineId, Outcome outcome, int completedSteps, int totalSteps) implements KioskEvent {
    }
}
