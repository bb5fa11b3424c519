package com.rollkiosk.sensor;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Wraps a listener so its exceptions are logged instead of ending a source's thread, and so that
 * nothing is delivered once the source has been stopped.
 */
final class SafeListener implements SensorListener {

    private static final System.Logger LOG = System.getLogger(SafeListener.class.getName());

    private final SensorListener delegate;
    private final BooleanSupplier running;

    SafeListener(SensorListener delegate, BooleanSupplier running) {
        this.delegate = delegate;
        this.running = running;
    }

    private static void failed(RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "sensor listener failed: " + e);
    }

    // Spelled out rather than through a lambda helper: this runs per sample and must not allocate.
    @Override
    public void onSample(long tNanos, double value) {
        if (running.getAsBoolean()) {
            try {
                delegate.onSample(tNanos, value);
            } catch (RuntimeException e) {
                failed(e);
            }
        }
    }

    @Override
    public void onGarbage() {
        if (running.getAsBoolean()) {
            try {
                delegate.onGarbage();
            } catch (RuntimeException e) {
                failed(e);
            }
        }
    }

    @Override
    public void onInfo(String line) {
        guard(() -> delegate.onInfo(line));
    }

    @Override
    public void onUnreadable(String exampleLine) {
        guard(() -> delegate.onUnreadable(exampleLine));
    }

    @Override
    public void onConnected(String port) {
        guard(() -> delegate.onConnected(port));
    }

    @Override
    public void onDisconnected(String reason) {
        guard(() -> delegate.onDisconnected(reason));
    }

    @Override
    public void onReconnecting(long delayMs) {
        guard(() -> delegate.onReconnecting(delayMs));
    }

    @Override
    public void onPorts(List<PortReport> ports) {
        guard(() -> delegate.onPorts(ports));
    }

    /** Delivered even when stopping: a finished source must still say so. */
    @Override
    public void onFinished(String reason) {
        try {
            delegate.onFinished(reason);
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    private void guard(Runnable call) {
        if (running.getAsBoolean()) {
            try {
                call.run();
            } catch (RuntimeException e) {
                failed(e);
            }
        }
    }
}
