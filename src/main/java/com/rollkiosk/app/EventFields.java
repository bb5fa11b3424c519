package com.rollkiosk.app;

import java.nio.charset.StandardCharsets;

/**
 * The quick read of an activity line for {@link ActivityStats}: the five fields it counts by, taken
 * straight from the bytes, without a parser or a string per line. It takes only the plain case,
 * the form the kiosk writes: one flat JSON object in ASCII whose values are strings without
 * escapes, numbers, true, false or null, and whose counted fields are strings, each once. For
 * anything else it answers null and the caller reads the line the general way, so both paths
 * count every line alike; what it takes, it checks as strictly as a JSON parser would.
 */
final class EventFields {

    static final int T = 0;
    static final int EVENT = 1;
    static final int OUTCOME = 2;
    static final int REGION = 3;
    static final int SCREEN = 4;

    /** Beyond this a parser may refuse a number; such a line goes the general way. */
    private static final int LONGEST_NUMBER = 100;

    private final byte[] b;
    private final int end;
    private int at;

    private EventFields(byte[] bytes, int from, int to) {
        this.b = bytes;
        this.at = from;
        this.end = to;
    }

    /** The counted fields by index (null where absent), or null when the line is not the plain case. */
    static String[] read(byte[] bytes, int off, int len) {
        return new EventFields(bytes, off, off + len).object();
    }

    /** True for a line of ASCII white space alone (as {@link String#isBlank} sees it). */
    static boolean blank(byte[] bytes, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (bytes[i] < 0 || !Character.isWhitespace(bytes[i])) {
                return false;
            }
        }
        return true;
    }

    private String[] object() {
        String[] fields = new String[5];
        space();
        if (!take('{')) {
            return null;
        }
        space();
        if (take('}')) {
            return after(fields);
        }
        do {
            space();
            int keyStart = at;
            if (!string()) {
                return null;
            }
            int index = index(keyStart + 1, at - 1);
            space();
            if (!take(':')) {
                return null;
            }
            space();
            if (at < end && b[at] == '"') {
                int valueStart = at;
                if (!string()) {
                    return null;
                }
                if (index >= 0) {
                    if (fields[index] != null) {
                        return null;
                    }
                    fields[index] = new String(b, valueStart + 1, at - valueStart - 2, StandardCharsets.US_ASCII);
                }
            } else if (index >= 0 || !scalar()) {
                return null;
            }
            space();
        } while (take(','));
        return take('}') ? after(fields) : null;
    }

    private String[] after(String[] fields) {
        space();
        return at == end ? fields : null;
    }

    /** A string without escapes or control characters, in ASCII; at ends after its closing quote. */
    private boolean string() {
        if (!take('"')) {
            return false;
        }
        while (at < end) {
            byte c = b[at++];
            if (c == '"') {
                return true;
            }
            if (c == '\\' || c < 0x20) {
                return false;
            }
        }
        return false;
    }

    private boolean scalar() {
        if (at >= end) {
            return false;
        }
        return switch (b[at]) {
            case 't' -> word("true");
            case 'f' -> word("false");
            case 'n' -> word("null");
            default -> number();
        };
    }

    private boolean word(String w) {
        if (end - at < w.length()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (b[at + i] != w.charAt(i)) {
                return false;
            }
        }
        at += w.length();
        return true;
    }

    /** -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
    private boolean number() {
        int start = at;
        take('-');
        if (take('0')) {
            // no leading zeros
        } else if (digits() == 0) {
            return false;
        }
        if (take('.') && digits() == 0) {
            return false;
        }
        if (take('e') || take('E')) {
            if (!take('+')) {
                take('-');
            }
            if (digits() == 0) {
                return false;
            }
        }
        // A digit straight after a lone 0 ("01") is not JSON.
        return at - start <= LONGEST_NUMBER && (at == end || b[at] < '0' || b[at] > '9');
    }

    private int digits() {
        int start = at;
        while (at < end && b[at] >= '0' && b[at] <= '9') {
            at++;
        }
        return at - start;
    }

    private void space() {
        while (at < end && (b[at] == ' ' || b[at] == '\t')) {
            at++;
        }
    }

    private boolean take(char c) {
        if (at < end && b[at] == c) {
            at++;
            return true;
        }
        return false;
    }

    private int index(int from, int to) {
        int n = to - from;
        if (n == 1 && b[from] == 't') {
            return T;
        } else if (n == 5 && is(from, "event")) {
            return EVENT;
        } else if (n == 7 && is(from, "outcome")) {
            return OUTCOME;
        } else if (n == 6 && is(from, "region")) {
            return REGION;
        } else if (n == 6 && is(from, "screen")) {
            return SCREEN;
        }
        return -1;
    }

    private boolean is(int from, String word) {
        for (int i = 0; i < word.length(); i++) {
            if (b[from + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
