package com.rollkiosk.domain;

/**
 * Tells {@link Steadiness} from the load while someone is on the roller, with time taken from each
 * sample, so a 10 Hz load cell, a 50 Hz FSR and a 1 kHz FSR are judged alike.
 *
 * <p>Samples are averaged into 100 ms bins first: that evens out the sample rate and most of the
 * noise. On each closed bin it asks, in order:
 * <ol>
 *   <li>has the load stayed within the steady band over the last second? {@link Steadiness#STEADY}</li>
 *   <li>has it turned back and forth, by more than the band, in the last 2.2 seconds: twice at
 *       least 0.4 s apart, or three times (a swing at 0.5 to 2 Hz)? {@link Steadiness#ROLLING}</li>
 *   <li>otherwise it moved once: {@link Steadiness#SHIFTING}.</li>
 * </ol>
 * The band is relative to the loaded level and the empty roller's noise, never an absolute number,
 * so calibrated and learned levels of any sensor work the same way. A new class is reported only
 * once it has held for {@link #CONFIRM_BINS} bins, so one odd bin does not flicker the screen.
 *
 * <p>Work per sample is bounded: add to the open bin; every 100 ms, a scan of ten bins. Nothing is
 * allocated after construction. Not thread-safe: one feeder.
 */
public final class SteadinessClassifier {

    static final long BIN_NANOS = 100_000_000L;
    /** The steady test looks at this many bins: one second. */
    static final int STEADY_BINS = 10;
    /** Turns are counted over this long: a whole swing even at 0.5 Hz. */
    static final long ROLL_WINDOW_NANOS = 2_200_000_000L;
    /**
     * Two turns this far apart are a swing; closer together they may be a quick dip (down and
     * straight back), and rolling then takes a third turn.
     */
    static final long SWING_TURN_GAP_NANOS = 400_000_000L;
    /** Half a second of load before any verdict, so a verdict rests on more than a bin or two. */
    static final int MIN_BINS = 5;
    static final int CONFIRM_BINS = 3;
    /** The steady band: this fraction of the loaded level... */
    static final double BAND_OF_LOAD = 0.08;
    /** ...but never narrower than this many widths of the empty roller's noise. */
    static final double BAND_NOISE_WIDTHS = 4;
    /** A gap in the samples longer than this starts the judgement afresh. */
    private static final int MAX_FILL_BINS = STEADY_BINS;

    private final double[] bins = new double[STEADY_BINS];
    private final long[] turns = new long[32];
    private int binCount;
    private int turnHead;
    private int turnCount;
    private long openBin = Long.MIN_VALUE;
    private double openSum;
    private int openSamples;
    private int direction;
    private double extreme;
    private double lowSinceStart;
    private double highSinceStart;
    private boolean climbing = true;
    private boolean tracking;
    private Steadiness current;
    private Steadiness candidate;
    private int candidateBins;

    /**
     * Adds one reading of the load (distance from the empty level, towards loaded).
     *
     * @param loadedLevel the load a person typically puts on it, calibrated or learned
     * @param noise       the empty roller's noise, as a standard deviation
     * @return the newly confirmed class, or null when it did not change
     */
    public Steadiness feed(long tNanos, double load, double loadedLevel, double noise) {
        long bin = Math.floorDiv(tNanos, BIN_NANOS);
        Steadiness changed = null;
        if (openBin == Long.MIN_VALUE) {
            openBin = bin;
        } else if (bin != openBin) {
            double band = band(loadedLevel, noise);
            double mean = openSum / openSamples;
            long gap = bin - openBin;
            if (gap > MAX_FILL_BINS) {
                reset();
                openBin = bin;
            } else {
                // Bins without a sample (a 10 Hz sensor, a late read) repeat the last level.
                for (long b = 0; b < gap; b++) {
                    Steadiness s = closeBin((openBin + b + 1) * BIN_NANOS, mean, band);
                    if (s != null) {
                        changed = s;
                    }
                }
                openBin = bin;
            }
            openSum = 0;
            openSamples = 0;
        }
        openSum += load;
        openSamples++;
        return changed;
    }

    /** The class last confirmed, or null before the first verdict. */
    public Steadiness current() {
        return current;
    }

    /** Forgets everything: a new person, or a new contact. */
    public void reset() {
        binCount = 0;
        turnCount = 0;
        openBin = Long.MIN_VALUE;
        openSum = 0;
        openSamples = 0;
        direction = 0;
        tracking = false;
        climbing = true;
        current = null;
        candidate = null;
        candidateBins = 0;
    }

    static double band(double loadedLevel, double noise) {
        return Math.max(BAND_OF_LOAD * Math.abs(loadedLevel), BAND_NOISE_WIDTHS * noise);
    }

    private Steadiness closeBin(long endNanos, double mean, double band) {
        if (climbing) {
            // Still getting on: judge from where the load stops rising, not from the climb.
            climbing = binCount == 0 || mean - bins[(binCount - 1) % STEADY_BINS] > band / 2;
            if (climbing) {
                binCount = 0;
            }
        }
        bins[binCount % STEADY_BINS] = mean;
        binCount++;
        trackTurns(endNanos, mean, band);
        if (binCount < MIN_BINS) {
            return null;
        }
        return confirm(classify(endNanos, band));
    }

    private Steadiness classify(long nowNanos, double band) {
        int n = Math.min(binCount, STEADY_BINS);
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            low = Math.min(low, bins[i]);
            high = Math.max(high, bins[i]);
        }
        if (high - low <= band) {
            return Steadiness.STEADY;
        }
        return isSwinging(nowNanos - ROLL_WINDOW_NANOS) ? Steadiness.ROLLING : Steadiness.SHIFTING;
    }

    private Steadiness confirm(Steadiness verdict) {
        if (verdict == current) {
            candidate = null;
            return null;
        }
        if (verdict != candidate) {
            candidate = verdict;
            candidateBins = 0;
        }
        candidateBins++;
        // The first verdict needs no confirming: there is nothing yet to flicker from.
        if (current == null || candidateBins >= CONFIRM_BINS) {
            current = verdict;
            candidate = null;
            return verdict;
        }
        return null;
    }

    /** A zig-zag with a dead band: a turn counts once the load has come back by more than the band. */
    private void trackTurns(long nowNanos, double v, double band) {
        if (!tracking) {
            tracking = true;
            lowSinceStart = v;
            highSinceStart = v;
            direction = 0;
            return;
        }
        if (direction == 0) {
            lowSinceStart = Math.min(lowSinceStart, v);
            highSinceStart = Math.max(highSinceStart, v);
            if (v - lowSinceStart > band) {
                direction = 1;
                extreme = v;
            } else if (highSinceStart - v > band) {
                direction = -1;
                extreme = v;
            }
            return;
        }
        if (direction > 0 ? v > extreme : v < extreme) {
            extreme = v;
        } else if (Math.abs(extreme - v) > band) {
            direction = -direction;
            extreme = v;
            turns[turnHead] = nowNanos;
            turnHead = (turnHead + 1) % turns.length;
            turnCount = Math.min(turnCount + 1, turns.length);
        }
    }

    private boolean isSwinging(long sinceNanos) {
        int count = 0;
        for (int i = 1; i <= turnCount && count < 3; i++) {
            if (turns[Math.floorMod(turnHead - i, turns.length)] < sinceNanos) {
                break;
            }
            count++;
        }
        if (count >= 3) {
            return true;
        }
        return count == 2 && turn(1) - turn(2) >= SWING_TURN_GAP_NANOS;
    }

    /** The {@code back}-th most recent turn's time, 1 for the latest. */
    private long turn(int back) {
        return turns[Math.floorMod(turnHead - back, turns.length)];
    }
}
