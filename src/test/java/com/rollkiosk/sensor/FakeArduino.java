package com.rollkiosk.sensor;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Sends the current reading to a {@link Socat} every 20 ms, as the sketch does at 50 Hz. */
public final class FakeArduino implements AutoCloseable {

    public static final long PERIOD_MS = 20;

    private final Socat socat;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fake-arduino");
        t.setDaemon(true);
        return t;
    });
    private volatile long value;

    public FakeArduino(Socat socat, long initial) {
        this.socat = socat;
        this.value = initial;
        timer.scheduleAtFixedRate(this::send, 0, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    public void set(long newValue) {
        value = newValue;
    }

    /** Holds {@code level} for {@code ms}, then returns to {@code after}: a bump on the roller. */
    public Future<?> pulse(long level, long ms, long after) {
        value = level;
        return timer.schedule(() -> set(after), ms, TimeUnit.MILLISECONDS);
    }

    private void send() {
        try {
            socat.write(value + "\r\n");
        } catch (IOException e) {
            // socat was killed on purpose by the test; keep trying, as an Arduino keeps printing
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
