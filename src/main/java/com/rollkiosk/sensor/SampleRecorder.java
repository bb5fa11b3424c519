package com.rollkiosk.sensor;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Passes everything on to {@code next} and writes each sample as a {@code t_ms,value} line, the
 * format {@link ReplaySource} plays. {@code t_ms} counts from {@code originNanos}.
 */
public final class SampleRecorder implements SensorListener, AutoCloseable {

    private static final long FLUSH_EVERY_NANOS = 1_000_000_000L;

    private final Writer out;
    private final long originNanos;
    private final SensorListener next;
    private final StringBuilder line = new StringBuilder(32);
    private long lastFlush;
    private volatile IOException failure;

    public SampleRecorder(Writer out, long originNanos, SensorListener next) {
        this.out = out;
        this.originNanos = originNanos;
        this.next = next;
        this.lastFlush = originNanos;
    }

    @Override
    public void onSample(long tNanos, double value) {
        if (failure == null) {
            write(tNanos, value);
        }
        next.onSample(tNanos, value);
    }

    private void write(long tNanos, double value) {
        line.setLength(0);
        Readings.append(line.append((tNanos - originNanos) / 1_000_000L).append(','), value).append('\n');
        try {
            out.append(line);
            // Flushed about once a second: a recording cut short loses at most a second.
            if (tNanos - lastFlush > FLUSH_EVERY_NANOS) {
                out.flush();
                lastFlush = tNanos;
            }
        } catch (IOException e) {
            // A full disk must not stop contact detection: recording stops, the roller goes on.
            failure = e;
        }
    }

    /** Why recording stopped early, or null while it is going fine. */
    public IOException failure() {
        return failure;
    }

    @Override
    public void onInfo(String text) {
        next.onInfo(text);
    }

    @Override
    public void onGarbage() {
        next.onGarbage();
    }

    @Override
    public void onUnreadable(String exampleLine) {
        next.onUnreadable(exampleLine);
    }

    @Override
    public void onConnected(String port) {
        next.onConnected(port);
    }

    @Override
    public void onDisconnected(String reason) {
        next.onDisconnected(reason);
    }

    @Override
    public void onReconnecting(long delayMs) {
        next.onReconnecting(delayMs);
    }

    @Override
    public void onPorts(List<PortReport> ports) {
        next.onPorts(ports);
    }

    @Override
    public void onFinished(String reason) {
        next.onFinished(reason);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
