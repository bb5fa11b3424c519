package com.rollkiosk.sensor;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleConsumer;

/** For tests and benches that read a source directly: counts lines, hands on readings, waits for the port. */
public final class CountingListener implements SensorListener {

    public final AtomicLong samples = new AtomicLong();
    public final AtomicLong garbage = new AtomicLong();
    private final CountDownLatch connected = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final DoubleConsumer readings;

    public CountingListener(DoubleConsumer readings) {
        this.readings = readings;
    }

    @Override
    public void onSample(long tNanos, double value) {
        samples.incrementAndGet();
        readings.accept(value);
    }

    @Override
    public void onGarbage() {
        garbage.incrementAndGet();
    }

    @Override
    public void onConnected(String port) {
        connected.countDown();
    }

    @Override
    public void onFinished(String reason) {
        finished.countDown();
    }

    /** Whether the source has finished (the end of a replay) within {@code seconds}. */
    public boolean awaitFinished(long seconds) throws InterruptedException {
        return finished.await(seconds, TimeUnit.SECONDS);
    }

    /** Whether the source opened its port within {@code seconds}. */
    public boolean awaitConnected(long seconds) throws InterruptedException {
        return connected.await(seconds, TimeUnit.SECONDS);
    }
}
