package com.rollkiosk.sensor;

/**
 * How a reading is written back out (recordings, monitor's JSON): a whole number as an integer, so
 * raw ADC counts read as they were sent, and anything else as a plain decimal.
 */
public final class Readings {

    /** Below this, every whole double is exact and prints without an exponent. */
    private static final double WHOLE_LIMIT = 1e15;

    private Readings() {
    }

    public static boolean isWhole(double value) {
        return Math.abs(value) < WHOLE_LIMIT && value == Math.rint(value);
    }

    public static StringBuilder append(StringBuilder to, double value) {
        return isWhole(value) ? to.append((long) value) : to.append(value);
    }
}
