package com.rollkiosk.sensor;

import com.rollkiosk.config.SensorSettings;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Frames bytes into lines and classifies each per PROTOCOL.md: a reading, a {@code #} info line,
 * or garbage. Our sketch prints one bare number a line; other sketches print a label, a unit or
 * several numbers ({@code Load_cell output val: 12.34}, {@code 12.3 kg}, {@code 512;498}), and the
 * {@code field}-th number that stands alone is the reading.
 *
 * <p>Works on bytes with fixed buffers, so a flood at the baud limit costs no allocation per
 * reading. A line may arrive split across any number of reads. Not thread-safe.
 */
public final class LineParser {

    /** Longest line content accepted, not counting the line ending. */
    public static final int MAX_LINE = 64;
    public static final int MAX_FIELD = SensorSettings.MAX_FIELD;
    /** More significant digits than this would overflow the long the mantissa is gathered in. */
    static final int MAX_DIGITS = 18;

    /** Receives each classified line. */
    public interface Sink {
        void sample(double value);

        void info(String line);

        /** A line that carried neither a reading nor info: empty, over-long, overflowing, or just words. */
        void garbage();
    }

    private static final byte SEPARATOR = 0;
    private static final byte DIGIT = 1;
    private static final byte WORD = 2;
    private static final byte DOT = 3;
    private static final byte SIGN = 4;
    /**
     * What each byte is to a token. Letters, digits, '_' and any non-ASCII byte (part of a UTF-8
     * letter) join into words; '.' and signs join too, so {@code v1.2.3} and {@code a-5} stay one
     * token; everything else (space, tab, ':', '=', ';', ',', ...) separates tokens.
     */
    private static final byte[] CLASS = new byte[256];
    private static final long[] LONG_POW10 = new long[MAX_DIGITS + 1];
    /** Up to 10^MAX_LINE, for a fraction as long as a line; parsed, so each is the nearest double. */
    private static final double[] POW10 = new double[MAX_LINE + 1];

    static {
        for (int b = 0; b < 256; b++) {
            boolean letter = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '_' || b >= 0x80;
            CLASS[b] = b >= '0' && b <= '9' ? DIGIT : letter ? WORD : b == '.' ? DOT
                    : b == '-' || b == '+' ? SIGN : SEPARATOR;
        }
        LONG_POW10[0] = 1;
        for (int i = 1; i < LONG_POW10.length; i++) {
            LONG_POW10[i] = LONG_POW10[i - 1] * 10;
        }
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = Double.parseDouble("1e" + i);
        }
    }

    private final int field;
    private final byte[] line = new byte[MAX_LINE];
    private int length;
    private boolean tooLong;
    private boolean afterCr;
    private final byte[] lastUnread = new byte[MAX_LINE];
    private int lastUnreadLength;

    // The sign and digits just scanned by scanPlain.
    private boolean plainNegative;
    private long plainMagnitude;

    // The token just scanned by scanNumber; fields rather than an object so a reading allocates nothing.
    private boolean negative;
    private long mantissa;
    private int exponent;
    private boolean tooManyDigits;
    private int intDigits;
    private boolean integer;

    public LineParser() {
        this(1);
    }

    /** @param field which number on a line is the reading, from 1 ({@code sensor.field}) */
    public LineParser(int field) {
        if (field < 1 || field > MAX_FIELD) {
            throw new IllegalArgumentException("field must be 1.." + MAX_FIELD + ", was " + field);
        }
        this.field = field;
    }

    public void feed(byte[] bytes, int offset, int count, Sink sink) {
        int end = Objects.checkFromIndexSize(offset, count, bytes.length) + count;
        int i = offset;
        if (afterCr && i < end) {
            afterCr = false;
            if (bytes[i] == '\n') {
                i++; // the LF of a CRLF split between reads
            }
        }
        while (i < end) {
            // Our sketch's line, whole in this read, is read where it lies: no copy, no tokens.
            int stop = length == 0 && field == 1 ? scanPlain(bytes, i, end) : i;
            if (stop > i && stop < end && isLineEnd(bytes[stop])) {
                plainLine(bytes, i, stop, sink);
                i = afterLineEnd(bytes, stop, end);
                continue;
            }
            int lineEnd = stop;
            while (lineEnd < end && !isLineEnd(bytes[lineEnd])) {
                lineEnd++;
            }
            append(bytes, i, lineEnd);
            if (lineEnd == end) {
                return;
            }
            finishLine(sink);
            i = afterLineEnd(bytes, lineEnd, end);
        }
    }

    private static boolean isLineEnd(byte b) {
        return b == '\n' || b == '\r';
    }

    /** CR, LF and CRLF each end one line: the LF of a CRLF ends nothing more, even in the next read. */
    private int afterLineEnd(byte[] bytes, int lineEnd, int end) {
        int next = lineEnd + 1;
        if (bytes[lineEnd] == '\r') {
            if (next == end) {
                afterCr = true;
            } else if (bytes[next] == '\n') {
                next++;
            }
        }
        return next;
    }

    /** Adds to the line being gathered what fits of it; the rest only marks the line too long. */
    private void append(byte[] bytes, int from, int to) {
        int n = to - from;
        int room = MAX_LINE - length;
        if (n > room) {
            tooLong = true;
            n = room;
        }
        System.arraycopy(bytes, from, line, length, n);
        length += n;
    }

    /** Drops a partial line, e.g. the half line left in the buffer when a port is reopened. */
    public void reset() {
        length = 0;
        tooLong = false;
        afterCr = false;
    }

    /**
     * The latest non-blank line that carried no reading (garbage or info) since the last reading,
     * trimmed, at most {@link #MAX_LINE} characters; empty if there was none. Allocates: for a
     * diagnosis, not per line.
     */
    public String lastLineWithoutReading() {
        return new String(lastUnread, 0, lastUnreadLength, StandardCharsets.UTF_8).trim();
    }

    private void finishLine(Sink sink) {
        int n = length;
        boolean overLong = tooLong;
        length = 0;
        tooLong = false;
        if (overLong || n == 0) {
            reject(line, 0, n, sink);
        } else if (line[0] == '#') {
            keepUnread(line, 0, n);
            sink.info(new String(line, 0, n, StandardCharsets.UTF_8));
        } else if (field == 1 && scanPlain(line, 0, n) == n) {
            plainLine(line, 0, n, sink); // our sketch's line, split between reads
        } else if (!readField(n, sink)) {
            reject(line, 0, n, sink);
        }
    }

    private void reject(byte[] buf, int from, int n, Sink sink) {
        keepUnread(buf, from, n);
        sink.garbage();
    }

    private void keepUnread(byte[] buf, int from, int n) {
        int i = from;
        while (i < from + n && (buf[i] & 0xFF) <= ' ') {
            i++;
        }
        if (i < from + n) {
            System.arraycopy(buf, from, lastUnread, 0, n);
            lastUnreadLength = n;
        }
    }

    private void reading(double value, Sink sink) {
        lastUnreadLength = 0;
        sink.sample(value);
    }

    /**
     * Scans an optional sign and then at most {@link #MAX_DIGITS} digits from {@code buf[from]}
     * (with {@code from < to}), leaving them in {@link #plainNegative} and {@link #plainMagnitude}.
     * Returns where it stopped, or {@code from} if no digit came. A line is our sketch's plain
     * integer when that is its end; more digits (leading zeros) are left to the general path.
     */
    private int scanPlain(byte[] buf, int from, int to) {
        int i = from;
        byte first = buf[i];
        if (first == '-' || first == '+') {
            i++;
        }
        int digitsFrom = i;
        int last = Math.min(to, digitsFrom + MAX_DIGITS);
        long magnitude = 0;
        for (; i < last; i++) {
            int digit = buf[i] - '0';
            if (digit < 0 || digit > 9) {
                break;
            }
            magnitude = magnitude * 10 + digit;
        }
        plainNegative = first == '-';
        plainMagnitude = magnitude;
        return i > digitsFrom ? i : from;
    }

    /** A line that is only a sign and digits: a sample, or garbage outside the signed 32-bit range. */
    private void plainLine(byte[] buf, int from, int to, Sink sink) {
        if (plainMagnitude > (plainNegative ? 2_147_483_648L : Integer.MAX_VALUE)) {
            reject(buf, from, to - from, sink);
        } else {
            reading(plainNegative ? -(double) plainMagnitude : plainMagnitude, sink);
        }
    }

    /**
     * Sends the chosen number as a sample and returns true, or returns false for garbage: too few
     * numbers, the chosen one overflowing, or any number written with thousands separators, which
     * would otherwise read as two fields.
     */
    private boolean readField(int n, Sink sink) {
        int numbers = 0;
        double value = 0;
        boolean overflow = false;
        int i = 0;
        while (i < n) {
            if (CLASS[line[i] & 0xFF] == SEPARATOR) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && CLASS[line[i] & 0xFF] != SEPARATOR) {
                i++;
            }
            if (!scanNumber(start, i)) {
                continue;
            }
            if (thousandsGroupAt(i, n)) {
                return false;
            }
            if (++numbers == field) {
                overflow = tooManyDigits || beyondInt();
                value = exponent == 0 ? mantissa : mantissa / POW10[exponent];
                value = negative ? -value : value;
            }
        }
        if (numbers < field || overflow) {
            return false;
        }
        reading(value, sink);
        return true;
    }

    /**
     * Whether {@code line[start, end)} is a number: an optional sign, digits, and an optional
     * {@code .} with more digits or none (a sentence's full stop, as is one after the decimals).
     * Leaves its parts in the fields.
     */
    private boolean scanNumber(int start, int end) {
        int i = start;
        negative = line[i] == '-';
        if (CLASS[line[i] & 0xFF] == SIGN) {
            i++;
        }
        mantissa = 0;
        exponent = 0;
        tooManyDigits = false;
        int digits = 0;
        int from = i;
        for (; i < end && CLASS[line[i] & 0xFF] == DIGIT; i++) {
            digits = addDigit(line[i] - '0', digits, false);
        }
        intDigits = i - from;
        if (intDigits == 0) {
            return false;
        }
        integer = i == end || line[i] != '.';
        if (!integer) {
            int point = i;
            for (i++; i < end && CLASS[line[i] & 0xFF] == DIGIT; i++) {
                digits = addDigit(line[i] - '0', digits, true);
            }
            if (i == end - 1 && i > point + 1 && line[i] == '.') {
                i++; // a full stop after a decimal, as in "Weight: 12.5."
            }
        }
        return i == end;
    }

    /** Leading zeros are not significant: they neither count nor take room in the mantissa. */
    private int addDigit(int digit, int significant, boolean fraction) {
        if (tooManyDigits) {
            return significant;
        }
        if (fraction) {
            exponent++;
        }
        if (significant == 0 && digit == 0) {
            return 0;
        }
        if (significant == MAX_DIGITS) {
            tooManyDigits = true;
            return significant;
        }
        mantissa = mantissa * 10 + digit;
        return significant + 1;
    }

    /** Outside the signed 32-bit range the protocol allows; exact, from the mantissa and exponent. */
    private boolean beyondInt() {
        long limit = negative ? 2_147_483_648L : Integer.MAX_VALUE;
        if (exponent == 0) {
            return mantissa > limit;
        }
        if (exponent > MAX_DIGITS) {
            return false;
        }
        long whole = mantissa / LONG_POW10[exponent];
        return whole > limit || (whole == limit && mantissa % LONG_POW10[exponent] != 0);
    }

    /**
     * After an integer of one to three digits just scanned, a comma and exactly three digits: a
     * thousands separator ({@code 1,234}), or a field separator that cannot be told from one.
     */
    private boolean thousandsGroupAt(int end, int n) {
        if (!integer || intDigits > 3 || end + 4 > n || line[end] != ',') {
            return false;
        }
        for (int k = end + 1; k <= end + 3; k++) {
            if (CLASS[line[k] & 0xFF] != DIGIT) {
                return false;
            }
        }
        return end + 4 == n || CLASS[line[end + 4] & 0xFF] != DIGIT;
    }
}
