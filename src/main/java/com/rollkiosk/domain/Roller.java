package com.rollkiosk.domain;

/**
 * The roller as an instrument: turns raw readings from any sensor into contact and steadiness.
 *
 * <p>Without a calibration it zeroes itself. The first second of readings gives the empty level
 * and its noise; while nobody is on, the level follows slow drift. A person counts when the reading
 * moves many noise widths away from that level, in either direction, since load cells are wired
 * both ways. Once a person has been seen, the thresholds also scale with the load they put on it,
 * so a water bottle does not count after a person has. If the kiosk started with someone on the
 * roller, the "empty" level it learned was a person: when they get off, the reading settles at a
 * level much quieter than the one learned, and that quiet level becomes the new zero.
 *
 * <p>A saved calibration fixes the empty level's starting point, the direction and the thresholds;
 * the empty level still follows drift.
 *
 * <p>Time comes from the samples; work per sample is bounded and allocates nothing. Not
 * thread-safe: one feeder.
 */
public final class Roller {

    /** What a sample changed; called from {@link #feed}, on the feeder's thread. */
    public interface Events {
        void contactOn(long tNanos, double value);

        void contactOff(long tNanos, double value);

        void steadiness(long tNanos, Steadiness steadiness);
    }

    static final long LEARN_NANOS = 1_000_000_000L;
    static final int LEARN_MIN_SAMPLES = 5;
    static final double ON_NOISE_WIDTHS = 10;
    static final double OFF_NOISE_WIDTHS = 6;
    /** Floors in steps of the sensor's resolution, for a sensor that reads the same value when empty. */
    static final double ON_QUANTA = 12;
    static final double OFF_QUANTA = 6;
    static final double ON_OF_LOAD = 0.2;
    static final double OFF_OF_LOAD = 0.1;
    /** Before anyone has been on, the gauge's full scale is a guess: this many on levels. */
    static final double GUESSED_FULL_SCALE = 3;
    static final double DRIFT_TAU_NANOS = 30e9;
    static final double LOAD_TAU_NANOS = 2e9;
    static final double GAUGE_TAU_NANOS = 0.2e9;
    /** A level counts as quieter than the learned empty roller below this fraction of its noise... */
    static final double QUIET_FRACTION = 1.0 / 3;
    /** ...held this long... */
    static final long QUIET_NANOS = 2_000_000_000L;
    /** ...and only where the learned noise was clearly above the sensor's resolution. */
    static final double QUIET_MIN_QUANTA = 4;
    static final long SATURATED_NANOS = 2_000_000_000L;

    private final RollerSettings settings;
    private final ContactDetector detector;
    private final SteadinessClassifier classifier = new SteadinessClassifier();
    private final RecentSpread spread = new RecentSpread();
    private final RollerState.Source source;
    private final boolean mayRezero;
    private final double polarity;

    private boolean learning;
    private long learnStart;
    private long learnCount;
    private double learnCentre;
    private double learnSum;
    private double learnSquares;
    private double zero;
    private double noiseVariance;
    private double quantum = 1;
    private double learnedLoad;
    private double gaugeLoad;
    private long lastT = Long.MIN_VALUE;
    private double lastValue;
    private long quietSince = Long.MIN_VALUE;
    private double sameValue = Double.NaN;
    private long sameSince;
    private boolean saturated;

    public Roller(RollerSettings settings) {
        this.settings = settings;
        this.detector = new ContactDetector(settings.debounceOnNanos(), settings.debounceOffNanos());
        CalibrationResult.Calibrated c = settings.calibration();
        if (c != null) {
            source = RollerState.Source.CALIBRATION;
            polarity = Math.signum(c.loadedLevel() - c.baseline());
        } else {
            boolean configured = settings.baseline() != null || settings.onThreshold() != null
                    || settings.offThreshold() != null;
            source = configured ? RollerState.Source.CONFIG : RollerState.Source.AUTOMATIC;
            polarity = 0;
        }
        mayRezero = c == null && settings.baseline() == null;
        reset();
    }

    /** Forgets the person and, unless calibrated or configured, the empty level: a new connection. */
    public void reset() {
        detector.reset();
        spread.reset();
        CalibrationResult.Calibrated c = settings.calibration();
        learning = c == null && !settings.fullyConfigured();
        learnCount = 0;
        learnSum = 0;
        learnSquares = 0;
        quantum = 1;
        gaugeLoad = 0;
        lastT = Long.MIN_VALUE;
        quietSince = Long.MIN_VALUE;
        sameValue = Double.NaN;
        saturated = false;
        if (c != null) {
            zero = c.baseline();
            noiseVariance = c.noise() * c.noise();
            learnedLoad = Math.abs(c.loadedLevel() - c.baseline());
        } else {
            zero = settings.baseline() == null ? 0 : settings.baseline();
            noiseVariance = 0;
            learnedLoad = 0;
        }
    }

    public void feed(long tNanos, double value, Events out) {
        noteResolution(value);
        noteSaturation(tNanos, value);
        double dt = lastT == Long.MIN_VALUE ? 0 : Math.max(0, tNanos - lastT);
        lastT = tNanos;
        lastValue = value;
        boolean binClosed = spread.add(tNanos, value);
        if (learning) {
            learn(tNanos, value);
            return;
        }
        double load = load(value);
        gaugeLoad += (load - gaugeLoad) * Math.min(1, dt / GAUGE_TAU_NANOS);
        ContactChange change = detector.feed(tNanos, load, onLevel(), offLevel());
        if (change == ContactChange.ON) {
            // Each contact is judged afresh. The classifier is fed only in contact and read only in
            // contact, so this one reset serves every way a contact ends.
            classifier.reset();
            if (learnedLoad == 0) {
                learnedLoad = load;
            }
            out.contactOn(tNanos, value);
        } else if (change == ContactChange.OFF) {
            out.contactOff(tNanos, value);
        }
        if (detector.isOn() && load >= offLevel()) {
            // Below the off level the person may be leaving: the verdict stands until they have.
            if (source != RollerState.Source.CALIBRATION) {
                learnedLoad += (load - learnedLoad) * Math.min(1, dt / LOAD_TAU_NANOS);
            }
            Steadiness s = classifier.feed(tNanos, load, learnedLoad, noise());
            if (s != null) {
                out.steadiness(tNanos, s);
            }
        } else if (!detector.isOn() && load < offLevel()) {
            followDrift(value, dt);
        }
        if (binClosed) {
            checkQuietLevel(tNanos, value, out);
        }
    }

    /** A snapshot for screens and diagnostics; allocates, so call it at screen rate, not per sample. */
    public RollerState state() {
        if (learning) {
            return new RollerState(source, true, lastValue, zero, noise(), 0, 0, 0, 1, false, null, saturated, false);
        }
        double on = onLevel();
        double full = learnedLoad > 0 ? learnedLoad : GUESSED_FULL_SCALE * on;
        return new RollerState(source, false, lastValue, zero, noise(), gaugeLoad, on, offLevel(), full,
                detector.isOn(), detector.isOn() ? classifier.current() : null, saturated, isNoisy());
    }

    public boolean isOn() {
        return detector.isOn();
    }

    private void learn(long tNanos, double value) {
        if (learnCount == 0) {
            learnStart = tNanos;
            learnCentre = value;
        }
        double d = value - learnCentre;
        learnCount++;
        learnSum += d;
        learnSquares += d * d;
        if (learnCount >= LEARN_MIN_SAMPLES && tNanos - learnStart >= LEARN_NANOS) {
            double mean = learnSum / learnCount;
            zero = settings.baseline() != null ? settings.baseline() : learnCentre + mean;
            noiseVariance = Math.max(0, learnSquares / learnCount - mean * mean);
            learning = false;
            gaugeLoad = load(value);
        }
    }

    private double load(double value) {
        double d = value - zero;
        return polarity == 0 ? Math.abs(d) : d * polarity;
    }

    private double noise() {
        return Math.sqrt(noiseVariance);
    }

    private double noiseFloorOn() {
        return Math.max(ON_NOISE_WIDTHS * noise(), ON_QUANTA * quantum);
    }

    double onLevel() {
        CalibrationResult.Calibrated c = settings.calibration();
        if (c != null) {
            return Math.max(c.onThreshold(), noiseFloorOn());
        }
        if (settings.onThreshold() != null) {
            return settings.onThreshold();
        }
        return Math.max(noiseFloorOn(), ON_OF_LOAD * learnedLoad);
    }

    double offLevel() {
        CalibrationResult.Calibrated c = settings.calibration();
        double floor = Math.max(OFF_NOISE_WIDTHS * noise(), OFF_QUANTA * quantum);
        if (c != null) {
            return Math.min(Math.max(c.offThreshold(), floor), onLevel());
        }
        if (settings.offThreshold() != null) {
            return settings.offThreshold();
        }
        return Math.min(Math.max(floor, OFF_OF_LOAD * learnedLoad), onLevel());
    }

    private boolean isNoisy() {
        CalibrationResult.Calibrated c = settings.calibration();
        return c != null && noiseFloorOn() > c.onThreshold();
    }

    private void followDrift(double value, double dt) {
        double a = Math.min(1, dt / DRIFT_TAU_NANOS);
        double d = value - zero;
        zero += d * a;
        noiseVariance += (d * d - noiseVariance) * a;
    }

    /**
     * A level much quieter than the learned empty roller means what was learned was not the empty
     * roller: in contact, the kiosk started with someone on it and this is the roller empty; out of
     * contact, someone got on or off while it was learning. Either way the quiet level is the zero.
     */
    private void checkQuietLevel(long tNanos, double value, Events out) {
        boolean quiet = mayRezero && spread.full() && !saturated
                && noise() >= QUIET_MIN_QUANTA * quantum
                && spread.standardDeviation() < QUIET_FRACTION * noise();
        if (!quiet) {
            quietSince = Long.MIN_VALUE;
            return;
        }
        if (quietSince == Long.MIN_VALUE) {
            quietSince = tNanos;
        }
        if (tNanos - quietSince < QUIET_NANOS) {
            return;
        }
        quietSince = Long.MIN_VALUE;
        double sd = Math.max(spread.standardDeviation(), quantum / 2);
        zero = spread.mean();
        noiseVariance = sd * sd;
        learnedLoad = 0;
        gaugeLoad = load(value);
        if (detector.isOn()) {
            detector.reset();
            out.contactOff(tNanos, value);
        }
    }

    /** The smallest decimal step the readings have shown: 1 for counts, 0.01 for "12.34". */
    private void noteResolution(double value) {
        double scaled = value;
        double step = 1;
        for (int decimals = 0; decimals < 6; decimals++) {
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-9 * Math.max(1, Math.abs(scaled))) {
                break;
            }
            scaled *= 10;
            step /= 10;
        }
        quantum = Math.min(quantum, step);
    }

    /** An ADC stuck at its top (1023, 4095, 8388607…) or bottom (-8388608…) cannot see more load. */
    private void noteSaturation(long tNanos, double value) {
        if (value != sameValue) {
            sameValue = value;
            sameSince = tNanos;
            saturated = false;
            return;
        }
        saturated = tNanos - sameSince >= SATURATED_NANOS && isRail(value);
    }

    static boolean isRail(double value) {
        if (value != Math.rint(value) || Math.abs(value) > 1L << 40) {
            return false;
        }
        long v = (long) value;
        return v >= 255 && Long.bitCount(v + 1) == 1 || v <= -128 && Long.bitCount(-v) == 1;
    }
}
