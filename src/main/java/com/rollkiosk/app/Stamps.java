package com.rollkiosk.app;

import java.time.LocalDate;

/**
 * The epoch second of a log stamp in the one form the kiosk writes ({@code Instant.toString}:
 * {@code 2025-01-14T08:00:00Z}, with up to nine decimals), read by hand: a log has a stamp on every
 * line and {@link java.time.Instant#parse} costs more than the rest of the line. Any other form, or
 * a field out of its range, is {@link #NOT_PLAIN}, for {@code Instant.parse} to take or refuse.
 */
final class Stamps {

    static final long NOT_PLAIN = Long.MIN_VALUE;

    private Stamps() {
    }

    static long epochSecond(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(n - 1) != 'Z' || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return NOT_PLAIN;
        }
        if (n > 20 && (s.charAt(19) != '.' || n == 21 || n > 30 || digits(s, 20, n - 1) < 0)) {
            return NOT_PLAIN;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > LocalDate.of(year, month, 1).lengthOfMonth()
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return NOT_PLAIN;
        }
        return LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3_600L + minute * 60L + second;
    }

    /** The number written in {@code s[from, to)}, or -1 when it is not all digits. */
    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
