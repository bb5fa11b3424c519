package com.rollkiosk.sensor;

import com.fazecast.jSerialComm.SerialPort;
import com.rollkiosk.domain.Clock;
import java.util.function.BooleanSupplier;

/**
 * One connection's worth of reading: lines in until the port fails, falls silent, or we stop.
 *
 * <p>Any complete line, reading or not, means the port is alive. A port that keeps talking for
 * {@link #UNREADABLE_MS} without a reading (a sketch we cannot read, the wrong baud rate) is
 * reported once as unreadable instead of being dropped and reopened: reopening resets an Uno and
 * changes nothing. The stretch is counted from the first line heard, the last reading, or the end
 * of a pause, so a sketch that prints a line and then calibrates quietly is not called unreadable.
 *
 * <p>The first line after opening may be the tail of a line cut by the board's reset, or bootloader
 * junk with a number in it: if it reads as a reading, it is counted as garbage instead. An info line
 * ({@code #}) cannot be such a tail and is kept, since it may be the hello line.
 */
final class PortReader implements LineParser.Sink {

    /** Lines for this long with no reading in them: the port talks, but not in a form we can read. */
    static final long UNREADABLE_MS = 2000;
    private static final long UNREADABLE_NANOS = UNREADABLE_MS * 1_000_000L;
    private static final long NONE = Long.MIN_VALUE;

    private final SerialPort port;
    private final Clock clock;
    private final long silenceNanos;
    private final long graceNanos;
    private final LineParser parser;
    private final byte[] buffer = new byte[4096];
    private SensorListener listener;
    private long now;
    private long lastLine;
    private boolean readingSeen;
    /** Start of the current run of lines without a reading; NONE while readings flow. */
    private long stretchStart = NONE;
    private boolean unreadableSent;
    private boolean firstLineSeen;

    PortReader(SerialPort port, Clock clock, long silenceTimeoutMs, long startupGraceMs, int field) {
        this.port = port;
        this.clock = clock;
        this.parser = new LineParser(field);
        this.silenceNanos = silenceTimeoutMs * 1_000_000L;
        this.graceNanos = Math.max(silenceTimeoutMs, startupGraceMs) * 1_000_000L;
    }

    /** Returns why reading ended; an empty string when {@code running} turned false. */
    String readUntilLost(SensorListener out, BooleanSupplier running) {
        this.listener = out;
        lastLine = clock.nanoTime();
        while (running.getAsBoolean()) {
            int n = port.readBytes(buffer, buffer.length);
            now = clock.nanoTime();
            if (n < 0) {
                return "port lost: " + port.getSystemPortPath();
            }
            parser.feed(buffer, 0, n, this);
            long limit = pauseLimit();
            if (now - lastLine > limit) {
                return "nothing received for " + (limit / 1_000_000L) + " ms";
            }
        }
        return "";
    }

    /**
     * Until the first reading, a sketch may pause for the startup grace: the Uno resets on opening,
     * and some sketches print a line and then settle their sensor for seconds before reading it.
     */
    private long pauseLimit() {
        return readingSeen ? silenceNanos : graceNanos;
    }

    @Override
    public void sample(double value) {
        if (!firstLineSeen) {
            garbage();
            return;
        }
        lastLine = now;
        firstLineSeen = true;
        readingSeen = true;
        stretchStart = NONE;
        unreadableSent = false;
        listener.onSample(now, value);
    }

    @Override
    public void info(String line) {
        lineWithoutReading();
        listener.onInfo(line);
        reportIfUnreadable();
    }

    @Override
    public void garbage() {
        lineWithoutReading();
        listener.onGarbage();
        reportIfUnreadable();
    }

    private void lineWithoutReading() {
        firstLineSeen = true;
        if (stretchStart == NONE || now - lastLine > silenceNanos) {
            stretchStart = now;
        }
        lastLine = now;
    }

    private void reportIfUnreadable() {
        if (!unreadableSent && now - stretchStart >= UNREADABLE_NANOS) {
            unreadableSent = true;
            listener.onUnreadable(parser.lastLineWithoutReading());
        }
    }
}
