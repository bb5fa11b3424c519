package com.rollkiosk;

/**
 * The reliability suite's two sizes: short in every build, long with {@code -Preliability}
 * (system property {@code rollkiosk.reliability=long}). Tests ask for their count here so both
 * forms run the same code.
 */
public final class Reliability {

    private Reliability() {
    }

    public static boolean isLong() {
        return "long".equals(System.getProperty("rollkiosk.reliability", "short"));
    }

    /** {@code shortForm} in CI, {@code longForm} in the long run. */
    public static int size(int shortForm, int longForm) {
        return isLong() ? longForm : shortForm;
    }
}
