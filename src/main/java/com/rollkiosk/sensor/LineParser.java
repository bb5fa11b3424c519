package com.rollkiosk.sensor;

import java.nio.charset.StandardCharsets;

/**
 * Frames bytes into lines and classifies each per PROTOCOL.md: a signed 32-bit decimal sample, a
 * {@code #} info line, or garbage. Works on bytes with a fixed buffer so a 2,300 line/s flood costs
 * no allocation per sample. A line may arrive split across any number of reads. Not thread-safe.
 */
public final class LineParser {

    /** Longest line content accepted, not counting the line ending. */
    public static final int MAX_LINE = 64;

    /** Receives each classified line. */
    public interface Sink {
        void sample(double value);

        void info(String line);

        void garbage();
    }

    private final byte[] line = new byte[MAX_LINE + 1];
    private int length;
    private boolean tooLong;

    public void feed(byte[] bytes, int offset, int count, Sink sink) {
        int end = offset + count;
        for (int i = offset; i < end; i++) {
            byte b = bytes[i];
            if (b == '\n') {
                finishLine(sink);
            } else if (length < line.length) {
                line[length++] = b;
            } else {
                tooLong = true;
            }
        }
    }

    /** Drops a partial line, e.g. the half line left in the buffer when a port is reopened. */
    public void reset() {
        length = 0;
        tooLong = false;
    }

    private void finishLine(Sink sink) {
        int n = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        boolean overLong = tooLong || n > MAX_LINE;
        reset();
        if (overLong || n == 0) {
            sink.garbage();
        } else if (line[0] == '#') {
            sink.info(new String(line, 0, n, StandardCharsets.UTF_8));
        } else {
            parseSample(n, sink);
        }
    }

    private void parseSample(int n, Sink sink) {
        int i = 0;
        boolean negative = false;
        if (line[0] == '-' || line[0] == '+') {
            negative = line[0] == '-';
            i = 1;
        }
        if (i == n) {
            sink.garbage();
            return;
        }
        long limit = negative ? -(long) Integer.MIN_VALUE : Integer.MAX_VALUE;
        long value = 0;
        for (; i < n; i++) {
            int digit = line[i] - '0';
            if (digit < 0 || digit > 9) {
                sink.garbage();
                return;
            }
            value = value * 10 + digit;
            if (value > limit) {
                sink.garbage();
                return;
            }
        }
        sink.sample(negative ? -value : value);
    }
}
