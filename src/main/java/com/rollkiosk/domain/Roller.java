package com.rollkiosk.domain;

/**
 * The roller as an instrument: turns raw readings from any sensor into contact and steadiness.
 *
 * <p>Without a calibration it zeroes itself, from robust statistics over the last seconds (see
 * {@link LevelWindow}): no single wild value, no burst of buffered readings and no early person
 * moves the zero or its noise. It starts from the empty levels remembered from an earlier
 * connection when it has them, else learns them from its first second of readings. A person counts
 * when the reading moves many noise widths of the empty roller away from its level, in either
 * direction (load cells are wired both ways). The thresholds rest on the empty roller's noise and
 * the sensor's resolution only, never on the last person's load, so a light hold right after a
 * heavy one counts.
 *
 * <p>What it learned first may not be the empty roller: someone may have been on it at connect, or
 * the remembered levels may belong to another sensor. Two rules find the empty roller. A person is
 * never as still as an empty roller (breathing and a heartbeat move their load by a few per cent),
 * so a level much stiller than the one learned is the empty roller; and a "contact" whose level
 * has not moved like a person's since it began, a few seconds in, is no person: the roller left
 * empty after a wrong zero, or an object put down on it. Either level becomes the zero. So does
 * the level of a contact that outlasts any hold by minutes.
 *
 * <p>A saved calibration or a configured baseline fixes the empty level's starting point (and a
 * calibration the direction and thresholds); the level still follows drift, but neither rule
 * moves it.
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

        /** The empty roller, seen empty and still for a while: levels worth remembering. */
        default void emptyLevels(long tNanos, RollerLevels levels) {
        }
    }

    /** The first second's readings give the empty level... */
    static final long LEARN_NANOS = 1_000_000_000L;
    /** ...but never fewer than this many. */
    static final int LEARN_MIN_SAMPLES = 5;
    static final double ON_NOISE_WIDTHS = 10;
    static final double OFF_NOISE_WIDTHS = 6;
    /** Floors in steps of the sensor's resolution, for a sensor that reads the same value when empty. */
    static final double ON_QUANTA = 12;
    static final double OFF_QUANTA = 6;
    /** Before anyone has been on, the gauge's full scale is a guess: this many on levels. */
    static final double GUESSED_FULL_SCALE = 3;
    /** How fast the empty roller's noise and sway follow what it shows now. */
    static final double DRIFT_TAU_NANOS = 30e9;
    /**
     * How fast the zero follows the empty roller's level: quicker than its noise, since a follower
     * lags a steady drift by its time constant times the drift's rate, and a cold load cell can
     * drift a count or two a second, more than a smoothed sketch's thresholds allow over 30 s.
     */
    static final double ZERO_TAU_NANOS = 5e9;
    static final double LOAD_TAU_NANOS = 2e9;
    static final double GAUGE_TAU_NANOS = 0.2e9;
    /** The window the empty roller's level, noise and sway are judged over. */
    static final long WINDOW_NANOS = 2_000_000_000L;
    /** A level swaying less than this fraction of the learned empty roller's sway is stiller than it... */
    static final double QUIET_FRACTION = 1.0 / 3;
    /** ...held this long... */
    static final long QUIET_NANOS = 1_500_000_000L;
    /** ...and only where the learned sway was clearly above the sensor's resolution. */
    static final double QUIET_MIN_QUANTA = 2;
    /** A contact's first moments are the getting on (or off): their movement says nothing. */
    static final long SETTLE_NANOS = 600_000_000L;
    /** A contact's stillness is judged over a whole breath, slow breathing included. */
    static final long BREATH_NANOS = 4_000_000_000L;
    /** Swaying up to this many empty sways, a contact is as still as the empty roller... */
    static final double STILL_SWAYS = 1.5;
    /** ...and from this many it moves as a person does. */
    static final double MOVING_SWAYS = 2.5;
    /**
     * Below this many empty sways of load, a person's breathing (a few per cent of it) is lost in the
     * sensor's resolution: such a contact cannot be told from an object by its stillness.
     */
    static final double RESOLVED_SWAYS = 80;
    /**
     * Right after learning, a level swaying this many times what its own noise would make it is a
     * person lying on the roller: more than {@link #MOVING_SWAYS}, since a second or two of an empty
     * roller's readings can sway well past its noise by chance.
     */
    static final double PERSON_SWAYS = 4;
    /** A contact the other way from where people load the roller is let go of after this long, once settled... */
    static final long OTHER_SIDE_NANOS = 1_000_000_000L;
    /** ...and once its level has stopped moving: its last this many tenths of a second agree. */
    static final int SETTLED_BINS = 3;
    /**
     * A contact judged a person's that falls below this share of its most is someone leaving: what
     * still holds it is judged afresh.
     */
    static final double LEFT_SHARE = 0.25;
    /** Longer than any hold (at most 600 s) by five minutes: no person lies on a roller this long. */
    static final long LONGEST_CONTACT_NANOS = 900_000_000_000L;
    /** Someone found on the roller as it learned, but never seen to leave: let go of after this long. */
    static final long PERSON_AT_START_NANOS = 180_000_000_000L;
    /** Empty and still (see {@link #WHITE_SWAYS}) this long after the last contact, the levels are worth remembering... */
    static final long REMEMBER_AFTER_NANOS = 4_000_000_000L;
    /** ...and again at most this often. */
    static final long REMEMBER_EVERY_NANOS = 60_000_000_000L;
    /** An empty window sways no more than this many times what its noise alone would make it. */
    static final double WHITE_SWAYS = 2;
    /** A window with fewer tenths of a second that hold a reading says too little to judge by. */
    static final int MIN_BINS = 5;
    static final double NEAR_TOP = 5.0 / 6;
    static final long SATURATED_NANOS = 2_000_000_000L;

    private final RollerSettings settings;
    private final ContactDetector detector;
    private final SteadinessClassifier classifier = new SteadinessClassifier();
    private final LevelWindow window = new LevelWindow();
    private final boolean mayRezero;
    private final double polarity;

    private RollerState.Source source;
    private String sensor = "";
    private boolean learning;
    private long learnFromBin;
    private int learnSamples;
    private double zero;
    private double noise;
    private double sway;
    private double quantum = 1;
    private double rememberedQuantum;
    private double learnedLoad;
    private double gaugeLoad;
    private long lastT = Long.MIN_VALUE;
    private double lastValue;
    private long contactSince;
    private boolean movedThisContact;
    /** Since when the contact's stillness is judged: its start, or the moment the person judged moving left. */
    private long judgedSince;
    /** The most the contact has loaded the roller since {@link #judgedSince}. */
    private double contactPeak;
    /** The side people load this roller to, +1 or -1, from contacts that moved as a person does; 0 before. */
    private double personSide;
    /**
     * The zero was seen as the empty roller on this connection: empty and as still as its noise
     * alone makes it, which no person lying on it can manage. Whatever loads it then loads it the way
     * people do.
     */
    private boolean zeroSeenEmpty;
    /** The zero was learned from someone lying on the roller: contact holds until they are seen to leave. */
    private boolean personAtStart;
    private long provisionalUntil = Long.MIN_VALUE;
    private long quietSince = Long.MIN_VALUE;
    private long emptySince;
    private long rememberedAt = Long.MIN_VALUE;
    private double sameValue = Double.NaN;
    private long sameSince;
    private boolean saturated;

    public Roller(RollerSettings settings) {
        this.settings = settings;
        this.detector = new ContactDetector(settings.debounceOnNanos(), settings.debounceOffNanos());
        CalibrationResult.Calibrated c = settings.calibration();
        polarity = c != null ? Math.signum(c.loadedLevel() - c.baseline()) : 0;
        mayRezero = c == null && settings.baseline() == null;
        reset();
    }

    /** Forgets the person and, unless calibrated or configured, the empty level: a new connection. */
    public void reset() {
        reset("", null);
    }

    /**
     * A new connection to {@code sensor} (its hello line, or empty): forgets the person, and starts
     * from {@code remembered} empty levels when they were learned on this sensor and nothing
     * calibrated or configured wins over them; else, unless calibrated or configured, learns afresh.
     */
    public void reset(String sensor, RollerLevels remembered) {
        if (!this.sensor.equals(sensor == null ? "" : sensor)) {
            personSide = 0;
        }
        this.sensor = sensor == null ? "" : sensor;
        detector.reset();
        window.reset();
        CalibrationResult.Calibrated c = settings.calibration();
        RollerLevels usable = remembered == null || !mayRezero || settings.onThreshold() != null
                || settings.offThreshold() != null ? null : remembered.forSensor(this.sensor);
        learning = c == null && !settings.fullyConfigured() && usable == null;
        learnSamples = 0;
        quantum = 1;
        rememberedQuantum = 0;
        gaugeLoad = 0;
        lastT = Long.MIN_VALUE;
        quietSince = Long.MIN_VALUE;
        personAtStart = false;
        zeroSeenEmpty = false;
        provisionalUntil = Long.MIN_VALUE;
        rememberedAt = Long.MIN_VALUE;
        emptySince = Long.MIN_VALUE;
        sameValue = Double.NaN;
        saturated = false;
        if (c != null) {
            source = RollerState.Source.CALIBRATION;
            zero = c.baseline();
            noise = c.noise();
            sway = c.noise();
            learnedLoad = Math.abs(c.loadedLevel() - c.baseline());
        } else if (usable != null) {
            source = RollerState.Source.REMEMBERED;
            zero = usable.zero();
            noise = usable.noise();
            sway = usable.sway();
            rememberedQuantum = usable.quantum();
            quantum = usable.quantum();
            learnedLoad = 0;
        } else {
            boolean configured = settings.baseline() != null || settings.onThreshold() != null
                    || settings.offThreshold() != null;
            source = configured ? RollerState.Source.CONFIG : RollerState.Source.AUTOMATIC;
            zero = settings.baseline() == null ? 0 : settings.baseline();
            noise = 0;
            sway = 0;
            learnedLoad = 0;
        }
    }

    public void feed(long tNanos, double value, Events out) {
        noteResolution(value);
        noteSaturation(tNanos, value);
        if (rememberedQuantum > 0 && quantum < rememberedQuantum / 2) {
            // Decimals where the remembered sensor read whole counts: another sensor on this port.
            forgetRemembered(tNanos, value, out);
        }
        double dt = lastT == Long.MIN_VALUE ? 0 : Math.max(0, tNanos - lastT);
        lastT = tNanos;
        lastValue = value;
        if (emptySince == Long.MIN_VALUE) {
            emptySince = tNanos;
        }
        boolean binClosed = window.add(tNanos, value);
        if (learning) {
            learn(tNanos, value, binClosed);
            return;
        }
        double load = load(value);
        gaugeLoad += (load - gaugeLoad) * Math.min(1, dt / GAUGE_TAU_NANOS);
        ContactChange change = personAtStart ? ContactChange.NONE : detector.feed(tNanos, load, onLevel(), offLevel());
        if (change == ContactChange.ON) {
            // Each contact is judged afresh. The classifier is fed only in contact and read only in
            // contact, so this one reset serves every way a contact ends.
            classifier.reset();
            contactSince = tNanos;
            judgedSince = tNanos;
            contactPeak = 0;
            movedThisContact = false;
            // Someone got on after the learning: what was learned was not them.
            provisionalUntil = Long.MIN_VALUE;
            if (learnedLoad == 0) {
                learnedLoad = load;
            }
            out.contactOn(tNanos, value);
        } else if (change == ContactChange.OFF) {
            emptySince = tNanos;
            out.contactOff(tNanos, value);
        }
        if (detector.isOn() && load >= offLevel()) {
            // Below the off level the person may be leaving: the verdict stands until they have.
            if (source != RollerState.Source.CALIBRATION) {
                learnedLoad += (load - learnedLoad) * Math.min(1, dt / LOAD_TAU_NANOS);
            }
            Steadiness s = classifier.feed(tNanos, load, learnedLoad, noise);
            if (s != null) {
                out.steadiness(tNanos, s);
            }
        }
        if (binClosed) {
            judgeWindow(tNanos, value, out);
        }
    }

    /** A snapshot for screens and diagnostics; allocates, so call it at screen rate, not per sample. */
    public RollerState state() {
        if (learning) {
            return new RollerState(source, true, lastValue, zero, noise, 0, 0, 0, 1, false, null, saturated, false);
        }
        double on = onLevel();
        double full = learnedLoad > 0 ? learnedLoad : GUESSED_FULL_SCALE * on;
        return new RollerState(source, false, lastValue, zero, noise, gaugeLoad, on, offLevel(), full,
                detector.isOn(), detector.isOn() ? classifier.current() : null, saturated, isNoisy());
    }

    public boolean isOn() {
        return detector.isOn();
    }

    /**
     * The empty levels learned so far, to start the next connection from (a replug in the middle of
     * a hold): null while still learning, while the zero may be a person's, or when a calibration or
     * the config sets the levels.
     */
    public RollerLevels levels() {
        boolean learned = source == RollerState.Source.AUTOMATIC || source == RollerState.Source.REMEMBERED;
        return learning || personAtStart || !learned || !mayRezero ? null
                : new RollerLevels(sensor, zero, noise, sway, quantum);
    }

    private void learn(long tNanos, double value, boolean binClosed) {
        if (learnSamples++ == 0) {
            learnFromBin = LevelWindow.binOf(tNanos);
        }
        long learnedFor = (window.openBin() - learnFromBin) * LevelWindow.BIN_NANOS;
        if (!binClosed || learnSamples < LEARN_MIN_SAMPLES || learnedFor < LEARN_NANOS) {
            return;
        }
        zero = settings.baseline() != null ? settings.baseline() : window.level(learnFromBin);
        noise = window.noise(learnFromBin);
        sway = window.sway(learnFromBin);
        learning = false;
        emptySince = tNanos;
        gaugeLoad = load(value);
        if (mayRezero) {
            provisionalUntil = tNanos + BREATH_NANOS;
        }
    }

    private void forgetRemembered(long tNanos, double value, Events out) {
        rememberedQuantum = 0;
        if (detector.isOn()) {
            detector.reset();
            out.contactOff(tNanos, value);
        }
        source = RollerState.Source.AUTOMATIC;
        learning = true;
        learnSamples = 0;
        window.reset();
    }

    private double load(double value) {
        double d = value - zero;
        return polarity == 0 ? Math.abs(d) : d * polarity;
    }

    /**
     * How far the empty roller's reading wanders by itself: its noise per reading, or its sway where
     * that is larger (a sketch that smooths its readings shows small steps but a level that moves).
     */
    private double emptyWander() {
        return Math.max(noise, sway);
    }

    private double noiseFloorOn() {
        return Math.max(ON_NOISE_WIDTHS * emptyWander(), ON_QUANTA * quantum);
    }

    double onLevel() {
        CalibrationResult.Calibrated c = settings.calibration();
        if (c != null) {
            return Math.max(c.onThreshold(), noiseFloorOn());
        }
        if (settings.onThreshold() != null) {
            return settings.onThreshold();
        }
        return noiseFloorOn();
    }

    double offLevel() {
        CalibrationResult.Calibrated c = settings.calibration();
        double floor = Math.max(OFF_NOISE_WIDTHS * emptyWander(), OFF_QUANTA * quantum);
        if (c != null) {
            return Math.min(Math.max(c.offThreshold(), floor), onLevel());
        }
        if (settings.offThreshold() != null) {
            return settings.offThreshold();
        }
        return Math.min(floor, onLevel());
    }

    private boolean isNoisy() {
        CalibrationResult.Calibrated c = settings.calibration();
        return c != null && noiseFloorOn() > c.onThreshold();
    }

    /**
     * How still the empty roller is: its learned sway, but never less than its noise alone makes the
     * bins sway at this rate (a second of readings learns the sway roughly), nor than one step of
     * resolution.
     */
    private double stillness() {
        return Math.max(Math.max(sway, noiseOnlySway(window.openBin() - WINDOW_NANOS / LevelWindow.BIN_NANOS, noise)),
                quantum);
    }

    /** How much bins of independent readings sway by noise alone: less, the more readings a bin holds. */
    private double noiseOnlySway(long fromBin, double readingNoise) {
        int bins = window.bins(fromBin);
        double perBin = bins == 0 ? 1 : Math.max(1, (double) window.readings(fromBin) / bins);
        return readingNoise / Math.sqrt(perBin);
    }

    /** Once a tenth of a second: drift, the two rules that find the empty roller, and remembering it. */
    private void judgeWindow(long tNanos, double value, Events out) {
        long fromBin = window.openBin() - WINDOW_NANOS / LevelWindow.BIN_NANOS;
        double level = window.level(fromBin);
        double recentSway = window.sway(fromBin);
        double recentNoise = window.noise(fromBin);
        if (personAtStart) {
            sway = Math.max(sway, recentSway);
        }
        if (mayRezero && stillerThanLearned(tNanos, recentSway)) {
            rezero(tNanos, value, level, recentNoise, recentSway, out);
            return;
        }
        if (personAtStart) {
            if (tNanos - contactSince >= PERSON_AT_START_NANOS) {
                rezero(tNanos, value, level, noise, sway, out);
            }
            return;
        }
        if (!detector.isOn() && tNanos < provisionalUntil && Math.abs(level - zero) < offLevel()
                && recentSway >= PERSON_SWAYS * Math.max(noiseOnlySway(fromBin, recentNoise), quantum)) {
            foundPersonAtStart(tNanos, value, out);
            return;
        }
        if (detector.isOn()) {
            judgeContact(tNanos, value, out);
            return;
        }
        if (Math.abs(level - zero) < offLevel()) {
            double a = Math.min(1, LevelWindow.BIN_NANOS / DRIFT_TAU_NANOS);
            zero += (level - zero) * Math.min(1, LevelWindow.BIN_NANOS / ZERO_TAU_NANOS);
            noise += (recentNoise - noise) * a;
            sway += (recentSway - sway) * a;
            rememberIfEmpty(tNanos, fromBin, recentSway, recentNoise, out);
        }
    }

    /**
     * A level much stiller than the learned empty roller means what was learned was not the empty
     * roller: someone was on it while it learned (or the remembered levels were another roller's).
     */
    private boolean stillerThanLearned(long tNanos, double recentSway) {
        boolean quiet = !saturated && sway >= QUIET_MIN_QUANTA * quantum
                && window.bins(window.openBin() - WINDOW_NANOS / LevelWindow.BIN_NANOS) >= MIN_BINS
                && recentSway < QUIET_FRACTION * sway;
        if (!quiet) {
            quietSince = Long.MIN_VALUE;
            return false;
        }
        if (quietSince == Long.MIN_VALUE) {
            quietSince = tNanos;
        }
        return tNanos - quietSince >= QUIET_NANOS;
    }

    /**
     * A contact whose level has been as still as the empty roller's from its settling on is the
     * empty roller after a wrong zero, or an object; one that outlasts any hold is no person either.
     */
    private void judgeContact(long tNanos, double value, Events out) {
        if (tNanos - contactSince >= LONGEST_CONTACT_NANOS) {
            long fromBin = window.openBin() - WINDOW_NANOS / LevelWindow.BIN_NANOS;
            rezero(tNanos, value, window.level(fromBin), noise, sway, out);
            return;
        }
        if (!mayRezero) {
            return;
        }
        long breathFrom = window.openBin() - BREATH_NANOS / LevelWindow.BIN_NANOS;
        if (tNanos - contactSince >= SETTLE_NANOS + BREATH_NANOS && window.bins(breathFrom) >= MIN_BINS
                && window.sway(breathFrom) == 0 && window.noise(breathFrom) == 0) {
            // Not one step in a whole breath: a sensor stuck at one value, whoever was on when it stuck.
            rezero(tNanos, value, window.level(breathFrom), 0, 0, out);
            return;
        }
        double level = window.level(window.openBin() - 1);
        double lastSecond = window.level(window.openBin() - OTHER_SIDE_NANOS / LevelWindow.BIN_NANOS);
        double lastBins = window.level(window.openBin() - SETTLED_BINS);
        if (Double.isNaN(level)) {
            // No reading in the last tenth of a second (a slow sketch's jitter): judged at the next.
            return;
        }
        boolean settledASecond = tNanos - contactSince >= SETTLE_NANOS + OTHER_SIDE_NANOS;
        if (personSide == 0 && zeroSeenEmpty && settledASecond && isPastOn(level) && isPastOn(lastSecond)
                && Math.signum(level - zero) == Math.signum(lastSecond - zero)) {
            // Loaded from a zero seen empty: person or object, this is the way the roller is loaded.
            personSide = Math.signum(lastSecond - zero);
        }
        if (personSide != 0 && settledASecond && isOtherSide(level) && isOtherSide(lastSecond)
                && Math.abs(level - lastBins) < onLevel()) {
            // People load this roller one way. A contact held as far the other way is the empty roller
            // read against a zero that was a person's: a sketch that tared with someone on at a replug.
            // Its level is taken once it has settled: a smoothing sketch takes a second or two to get there.
            rezero(tNanos, value, lastBins, noise, sway, out);
            return;
        }
        double contactLoad = Math.abs(level - zero);
        contactPeak = Math.max(contactPeak, contactLoad);
        if (movedThisContact && contactLoad < LEFT_SHARE * contactPeak) {
            // The person whose movement was judged has left, yet something holds the contact: the empty
            // roller drifted past the off level while they were on, or an object they left. Judged afresh.
            movedThisContact = false;
            judgedSince = tNanos;
            contactPeak = contactLoad;
        }
        boolean afterALeaving = judgedSince != contactSince;
        if (afterALeaving && contactLoad < RESOLVED_SWAYS * stillness()
                && tNanos - judgedSince >= SETTLE_NANOS + OTHER_SIDE_NANOS && Math.abs(level - lastBins) < onLevel()) {
            // Too little to show anyone's breathing, left behind by someone, and settled: the empty roller,
            // drifted past the off level while they were on.
            rezero(tNanos, value, lastBins, noise, sway, out);
            return;
        }
        // A load too small to show a person's breathing is judged only after someone left: then it is
        // what is left behind, not a light person.
        if (movedThisContact || !afterALeaving && contactLoad < RESOLVED_SWAYS * stillness() || nearAdcTop(level)) {
            return;
        }
        long settled = LevelWindow.binOf(judgedSince + SETTLE_NANOS);
        long fromBin = Math.max(settled, window.openBin() - BREATH_NANOS / LevelWindow.BIN_NANOS);
        if ((window.openBin() - fromBin) * LevelWindow.BIN_NANOS < BREATH_NANOS || window.bins(fromBin) < MIN_BINS) {
            return;
        }
        // Still as the empty roller, or as still as this contact's own noise alone would leave it: the
        // latter for remembered levels that were another sensor's, whose stillness says nothing here.
        double judgedLevel = window.level(fromBin);
        if (nearAdcTop(judgedLevel)) {
            // Its last tenth has left the top, but the window judged is still up there, where a
            // person's breathing is a count or two: it says nothing.
            return;
        }
        double contactSway = window.sway(fromBin);
        double contactNoise = window.noise(fromBin);
        double still = Math.max(stillness(), noiseOnlySway(fromBin, contactNoise));
        if (contactSway >= MOVING_SWAYS * still) {
            movedThisContact = true;
            if (!afterALeaving) {
                personSide = Math.signum(judgedLevel - zero);
            }
        } else if (contactSway <= STILL_SWAYS * still && Math.abs(level - judgedLevel) < offLevel()) {
            // Still, and not leaving it now: a median ignores a last few tenths that move away.
            rezero(tNanos, value, judgedLevel, contactNoise, contactSway, out);
        }
    }

    /** Past the on level, the other way from where people load this roller. */
    private boolean isOtherSide(double level) {
        return Math.signum(level - zero) == -personSide && isPastOn(level);
    }

    private boolean isPastOn(double level) {
        return Math.abs(level - zero) > onLevel();
    }

    /**
     * The level it learned moves as a person's does: someone was lying on the roller as it connected.
     * They count as on until they are seen to leave, when the stiller empty roller becomes the zero.
     */
    private void foundPersonAtStart(long tNanos, double value, Events out) {
        personAtStart = true;
        provisionalUntil = Long.MIN_VALUE;
        detector.forceOn();
        classifier.reset();
        contactSince = tNanos;
        judgedSince = tNanos;
        contactPeak = 0;
        movedThisContact = true;
        out.contactOn(tNanos, value);
    }

    private void rezero(long tNanos, double value, double level, double newNoise, double newSway, Events out) {
        quietSince = Long.MIN_VALUE;
        personAtStart = false;
        zeroSeenEmpty = false;
        provisionalUntil = Long.MIN_VALUE;
        zero = level;
        noise = newNoise;
        sway = newSway;
        learnedLoad = source == RollerState.Source.CALIBRATION ? learnedLoad : 0;
        if (source == RollerState.Source.REMEMBERED) {
            source = RollerState.Source.AUTOMATIC;
            rememberedQuantum = 0;
        }
        gaugeLoad = load(value);
        emptySince = tNanos;
        if (detector.isOn()) {
            detector.reset();
            out.contactOff(tNanos, value);
        }
    }

    /**
     * Only a stretch that is surely empty is remembered: long after the last contact, and no more
     * sway than the sensor's own noise makes, which no person lying on it could manage.
     */
    private void rememberIfEmpty(long tNanos, long fromBin, double recentSway, double recentNoise, Events out) {
        if (source != RollerState.Source.AUTOMATIC && source != RollerState.Source.REMEMBERED) {
            return;
        }
        if (tNanos - emptySince < REMEMBER_AFTER_NANOS
                || rememberedAt != Long.MIN_VALUE && tNanos - rememberedAt < REMEMBER_EVERY_NANOS) {
            return;
        }
        if (recentSway > WHITE_SWAYS * Math.max(noiseOnlySway(fromBin, recentNoise), quantum / 2)) {
            return;
        }
        zeroSeenEmpty = true;
        rememberedAt = tNanos;
        out.emptyLevels(tNanos, new RollerLevels(sensor, zero, noise, sway, quantum));
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

    /**
     * Within the top sixth of a 10- or 12-bit converter's range, where an FSR flattens out: a person's
     * breathing shows there as a count or two, so stillness says nothing about who is on.
     */
    static boolean nearAdcTop(double value) {
        return value <= 1023 && value >= 1023 * NEAR_TOP || value <= 4095 && value >= 4095 * NEAR_TOP;
    }

    static boolean isRail(double value) {
        if (value != Math.rint(value) || Math.abs(value) > 1L << 40) {
            return false;
        }
        long v = (long) value;
        return v >= 255 && Long.bitCount(v + 1) == 1 || v <= -128 && Long.bitCount(-v) == 1;
    }
}
