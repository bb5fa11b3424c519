package com.rollkiosk.ui;

import javax.swing.JComponent;
import java.awt.EventQueue;
import java.awt.event.HierarchyEvent;

/**
 * One piece of timed work, run by a {@link Scheduler}: every period while started, or once at a
 * moment chosen anew each time ({@link #runIn}). At most one run is pending at a time, so
 * restarting never piles up runs, and a stopped ticker costs nothing.
 */
public final class Ticker {

    private final Scheduler scheduler;
    private final long periodMs;
    private final Runnable action;
    private Scheduler.Pending pending;
    /** Moves on with every schedule and stop, so a run that was replaced meanwhile does nothing. */
    private long generation;

    /**
     * @param periodMs how often a started ticker runs the action; 0 for one that runs only when told
     */
    public Ticker(Scheduler scheduler, long periodMs, Runnable action) {
        this.scheduler = scheduler;
        this.periodMs = periodMs;
        this.action = action;
    }

    /** Runs the action every period from now on, unless a run is already pending. */
    public void start() {
        assert EventQueue.isDispatchThread();
        if (pending == null) {
            schedule(periodMs);
        }
    }

    /**
     * Runs the ticker only while {@code component} is on screen, with a run at once each time it
     * appears, so what it shows is never stale and a hidden one costs nothing.
     */
    public void whileShowing(JComponent component) {
        component.addHierarchyListener(e -> {
            if ((e.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0) {
                if (component.isShowing()) {
                    action.run();
                    start();
                } else {
                    stop();
                }
            }
        });
    }

    /** The next run is {@code delayMs} from now, in place of any pending one. */
    public void runIn(long delayMs) {
        stop();
        schedule(delayMs);
    }

    public void stop() {
        assert EventQueue.isDispatchThread();
        generation++;
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    /** True while a run is pending. */
    public boolean isRunning() {
        return pending != null;
    }

    private void schedule(long delayMs) {
        long mine = ++generation;
        pending = scheduler.after(delayMs, () -> fire(mine));
    }

    private void fire(long scheduled) {
        if (scheduled != generation) {
            return;
        }
        pending = null;
        action.run();
        // Unless the action stopped the ticker or chose its next moment itself.
        if (periodMs > 0 && scheduled == generation) {
            schedule(periodMs);
        }
    }
}
