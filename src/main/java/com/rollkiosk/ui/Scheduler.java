package com.rollkiosk.ui;

import javax.swing.Timer;

/**
 * Timed work on the event thread. The kiosk runs it on Swing's timer queue; tests run it by
 * moving a fake clock, so a window test steps time instead of waiting for it. Every timed thing
 * on screen (the tick, the ring, the gauge, fades, the flash, polled staff sections) goes
 * through one of these, so what wakes the kiosk is decided in one place.
 */
public interface Scheduler {

    /** Something scheduled that has not run yet. */
    interface Pending {
        /** It will not run; harmless once it has run. */
        void cancel();
    }

    /** Runs {@code task} on the event thread once, {@code delayMs} from now (at once if 0 or less). */
    Pending after(long delayMs, Runnable task);

    /** Swing's timers: the kiosk's scheduler. */
    static Scheduler swing() {
        return (delayMs, task) -> {
            Timer timer = new Timer((int) Math.max(0, Math.min(Integer.MAX_VALUE, delayMs)), e -> task.run());
            timer.setRepeats(false);
            timer.start();
            return timer::stop;
        };
    }
}
