package com.rollkiosk.ui;

import com.rollkiosk.domain.FakeClock;

import java.awt.EventQueue;
import java.util.PriorityQueue;

/**
 * The scheduler of window tests: timed work runs only when the test moves the fake clock, each
 * piece at its own moment and in time order, on the event thread. A test steps through a fade or
 * a hold instead of waiting for it, and sees exactly what would have woken the kiosk.
 */
final class ManualScheduler implements Scheduler {

    private static final int RUNAWAY = 1_000_000;

    private final FakeClock clock;
    private final PriorityQueue<Entry> queue = new PriorityQueue<>();
    private long scheduled;
    private long runs;

    ManualScheduler(FakeClock clock) {
        this.clock = clock;
    }

    private static final class Entry implements Comparable<Entry> {
        final long dueNanos;
        final long order;
        final Runnable task;
        boolean cancelled;

        Entry(long dueNanos, long order, Runnable task) {
            this.dueNanos = dueNanos;
            this.order = order;
            this.task = task;
        }

        @Override
        public int compareTo(Entry other) {
            int byTime = Long.compare(dueNanos, other.dueNanos);
            return byTime != 0 ? byTime : Long.compare(order, other.order);
        }
    }

    @Override
    public Pending after(long delayMs, Runnable task) {
        assert EventQueue.isDispatchThread();
        Entry entry = new Entry(clock.nanoTime() + Math.max(0, delayMs) * 1_000_000L, scheduled++, task);
        queue.add(entry);
        return () -> entry.cancelled = true;
    }

    /** Moves the clock on by {@code ms}, running whatever falls due on the way at its moment. */
    void advanceMillis(long ms) {
        assert EventQueue.isDispatchThread();
        long end = clock.nanoTime() + ms * 1_000_000L;
        for (int i = 0; ; i++) {
            if (i > RUNAWAY) {
                throw new AssertionError("timed work keeps scheduling itself without time passing");
            }
            Entry next = queue.peek();
            if (next == null || next.dueNanos > end) {
                break;
            }
            queue.poll();
            if (next.cancelled) {
                continue;
            }
            if (next.dueNanos > clock.nanoTime()) {
                clock.advanceNanos(next.dueNanos - clock.nanoTime());
            }
            runs++;
            next.task.run();
        }
        if (end > clock.nanoTime()) {
            clock.advanceNanos(end - clock.nanoTime());
        }
    }

    /** Runs what is due now, without moving the clock. */
    void runDue() {
        advanceMillis(0);
    }

    /** How many pieces of work have run so far: what would have woken the kiosk. */
    long runs() {
        return runs;
    }

    /** Milliseconds until the next piece of work, or -1 when nothing is scheduled. */
    long msUntilNext() {
        assert EventQueue.isDispatchThread();
        queue.removeIf(e -> e.cancelled);
        Entry next = queue.peek();
        return next == null ? -1 : Math.max(0, (next.dueNanos - clock.nanoTime() + 999_999) / 1_000_000);
    }
}
