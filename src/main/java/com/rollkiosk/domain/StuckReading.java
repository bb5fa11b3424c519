package com.rollkiosk.domain;

/**
 * A reading that has sat at one exact value for a long time while the sensor is connected. A live
 * load cell's counts never hold still that long, whoever is on; a dead FSR wire reads a constant 0.
 * An FSR with nobody on may also read a flat 0, so this only says the roller <em>may</em> be broken,
 * and one different reading clears it. Pure; fed on the source's thread.
 */
public final class StuckReading {

    /** One exact value for this long counts as stuck. */
    public static final long STUCK_NANOS = 60_000_000_000L;

    private final long afterNanos;
    private boolean any;
    private double value;
    private long since;
    private boolean stuck;

    public StuckReading() {
        this(STUCK_NANOS);
    }

    public StuckReading(long afterNanos) {
        this.afterNanos = afterNanos;
    }

    /** Returns true for the one reading that makes the value stuck; false before and after. */
    public boolean feed(long tNanos, double reading) {
        if (!any || Double.compare(reading, value) != 0) {
            any = true;
            value = reading;
            since = tNanos;
            stuck = false;
            return false;
        }
        if (!stuck && tNanos - since >= afterNanos) {
            stuck = true;
            return true;
        }
        return false;
    }

    /** The sensor was connected afresh or lost: a value is stuck only within one connection. */
    public void reset() {
        any = false;
        stuck = false;
    }

    public boolean stuck() {
        return stuck;
    }

    /** The value it is stuck at; meaningful while {@link #stuck()}. */
    public double value() {
        return value;
    }
}
