package com.rollkiosk.sensor;

import com.fazecast.jSerialComm.SerialPort;
import com.rollkiosk.domain.Clock;
import java.util.function.BooleanSupplier;

/** One connection's worth of reading: lines in until the port fails, falls silent, or we stop. */
final class PortReader implements LineParser.Sink {

    private final SerialPort port;
    private final Clock clock;
    private final long silenceNanos;
    private final long graceNanos;
    private final LineParser parser = new LineParser();
    private final byte[] buffer = new byte[4096];
    private SensorListener listener;
    private long now;
    private long lastHeard;
    private boolean heardAny;

    PortReader(SerialPort port, Clock clock, long silenceTimeoutMs, long startupGraceMs) {
        this.port = port;
        this.clock = clock;
        this.silenceNanos = silenceTimeoutMs * 1_000_000L;
        this.graceNanos = Math.max(silenceTimeoutMs, startupGraceMs) * 1_000_000L;
    }

    /** Returns why reading ended; an empty string when {@code running} turned false. */
    String readUntilLost(SensorListener out, BooleanSupplier running) {
        this.listener = out;
        lastHeard = clock.nanoTime();
        while (running.getAsBoolean()) {
            int n = port.readBytes(buffer, buffer.length);
            now = clock.nanoTime();
            if (n < 0) {
                return "port lost: " + port.getSystemPortPath();
            }
            parser.feed(buffer, 0, n, this);
            long limit = heardAny ? silenceNanos : graceNanos;
            if (now - lastHeard > limit) {
                return "no sample for " + (limit / 1_000_000L) + " ms";
            }
        }
        return "";
    }

    @Override
    public void sample(double value) {
        heard();
        listener.onSample(now, value);
    }

    @Override
    public void info(String line) {
        heard();
        listener.onInfo(line);
    }

    @Override
    public void garbage() {
        listener.onGarbage();
    }

    private void heard() {
        heardAny = true;
        lastHeard = now;
    }
}
