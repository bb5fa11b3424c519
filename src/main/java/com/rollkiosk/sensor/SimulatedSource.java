package com.rollkiosk.sensor;

import com.rollkiosk.domain.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Drives a {@link SimulatedRoller} at the sketch's 50 Hz for a desk or a demo. The kiosk maps a key
 * or an on-screen button to {@link #getOn}, {@link #getOff}, {@link #shiftWeight} and
 * {@link #rollBackAndForth}; these may be called from any thread, the EDT included.
 */
public final class SimulatedSource implements SensorSource {

    public static final String PORT = "sim";
    private static final long PERIOD_MS = 20;
    private static final long SCENARIO_MS = 13_000;

    private final SimulatedRoller roller;
    private final Clock clock;
    private ScheduledExecutorService timer;
    private volatile boolean running;

    public SimulatedSource(SimulatedRoller roller, Clock clock) {
        this.roller = roller;
        this.clock = clock;
    }

    @Override
    public synchronized void start(SensorListener listener) {
        if (timer != null) {
            throw new IllegalStateException("already started");
        }
        running = true;
        SensorListener safe = new SafeListener(listener, () -> running);
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rollkiosk-sim");
            t.setDaemon(true);
            return t;
        });
        timer.execute(() -> safe.onConnected(PORT));
        timer.scheduleAtFixedRate(() -> {
            long now = clock.nanoTime();
            safe.onSample(now, roller.value(now));
        }, 0, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    /** A person comes, holds, shifts, rolls and leaves, every 13 s: what {@code monitor --sensor sim} shows. */
    public synchronized void playScenario() {
        if (timer == null) {
            throw new IllegalStateException("start first");
        }
        timer.scheduleAtFixedRate(this::getOn, 1000, SCENARIO_MS, TimeUnit.MILLISECONDS);
        timer.scheduleAtFixedRate(this::shiftWeight, 4000, SCENARIO_MS, TimeUnit.MILLISECONDS);
        timer.scheduleAtFixedRate(() -> rollBackAndForth(3000), 6000, SCENARIO_MS, TimeUnit.MILLISECONDS);
        timer.scheduleAtFixedRate(this::getOff, 10_000, SCENARIO_MS, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (timer != null) {
            timer.shutdownNow();
            try {
                timer.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public String describe() {
        return PORT;
    }

    public void getOn() {
        roller.getOn(clock.nanoTime());
    }

    public void getOff() {
        roller.getOff(clock.nanoTime());
    }

    public void shiftWeight() {
        roller.shiftWeight(clock.nanoTime());
    }

    public void rollBackAndForth(long durationMs) {
        roller.rollBackAndForth(clock.nanoTime(), durationMs);
    }
}
