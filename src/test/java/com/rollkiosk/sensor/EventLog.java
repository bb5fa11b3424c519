package com.rollkiosk.sensor;

import com.rollkiosk.domain.SensorStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Stands where the kiosk would: collects contact and status events as text ({@code on 500},
 * {@code off 0}, {@code CONNECTED /dev/pts/3}, {@code info # ...}) and lets a test wait for them
 * with a deadline instead of sleeping.
 */
public final class EventLog implements ContactListener {

    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();
    private final Semaphore samples = new Semaphore(0);
    private final Semaphore garbage = new Semaphore(0);
    private final Semaphore reconnecting = new Semaphore(0);
    private ContactTracker tracker;

    /** The tracker to give a source: it feeds this log, and counts samples and retries for waiting on. */
    public SensorListener listenerFor(ContactTracker contactTracker) {
        this.tracker = contactTracker;
        return new SensorListener() {
            @Override
            public void onSample(long tNanos, double value) {
                tracker.onSample(tNanos, value);
                samples.release();
            }

            @Override
            public void onInfo(String line) {
                tracker.onInfo(line);
            }

            @Override
            public void onGarbage() {
                tracker.onGarbage();
                garbage.release();
            }

            @Override
            public void onUnreadable(String exampleLine) {
                tracker.onUnreadable(exampleLine);
            }

            @Override
            public void onConnected(String port) {
                tracker.onConnected(port);
            }

            @Override
            public void onDisconnected(String reason) {
                tracker.onDisconnected(reason);
            }

            @Override
            public void onReconnecting(long delayMs) {
                tracker.onReconnecting(delayMs);
                reconnecting.release();
            }

            @Override
            public void onFinished(String reason) {
                tracker.onFinished(reason);
            }
        };
    }

    @Override
    public void contactOn(long tNanos, double value) {
        events.add("on " + Readings.append(new StringBuilder(), value));
    }

    @Override
    public void contactOff(long tNanos, double value) {
        events.add("off " + Readings.append(new StringBuilder(), value));
    }

    @Override
    public void statusChanged(SensorStatus status, String detail) {
        events.add(status + " " + detail);
    }

    @Override
    public void info(String line) {
        events.add("info " + line);
    }

    @Override
    public void finished() {
        events.add("finished");
    }

    /** Waits for the next event starting with {@code prefix}, skipping others; returns it. */
    public String await(String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (true) {
            String event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event == null) {
                throw new AssertionError("no event starting with '" + prefix + "' within 5 s; saw " + seen);
            }
            seen.add(event);
            if (event.startsWith(prefix)) {
                return event;
            }
        }
    }

    /** Waits until {@code count} more samples have arrived. */
    public void awaitSamples(int count) throws InterruptedException {
        assertThat(samples.tryAcquire(count, 5, TimeUnit.SECONDS))
                .as("%d samples within 5 s", count).isTrue();
    }

    /** Waits until {@code count} more garbage lines have arrived than earlier waits took or forgot. */
    public void awaitGarbage(int count) throws InterruptedException {
        assertThat(garbage.tryAcquire(count, 5, TimeUnit.SECONDS))
                .as("%d garbage lines within 5 s", count).isTrue();
    }

    /** Forgets the garbage lines so far, so that the next wait counts from now. */
    public void forgetGarbage() {
        garbage.drainPermits();
    }

    /** Waits until the source has scheduled {@code count} more retries. */
    public void awaitRetries(int count) throws InterruptedException {
        assertThat(reconnecting.tryAcquire(count, 5, TimeUnit.SECONDS))
                .as("%d reconnect attempts within 5 s", count).isTrue();
    }

    /** Forgets the retries so far, so that the next wait counts from now. */
    public void forgetRetries() {
        reconnecting.drainPermits();
    }

    /** Everything seen or still queued, for asserting what did not happen. */
    public List<String> all() {
        events.drainTo(seen);
        return List.copyOf(seen);
    }
}
