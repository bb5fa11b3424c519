package com.rollkiosk.sensor;

import com.rollkiosk.domain.SensorStatus;
import com.rollkiosk.config.SensorSettings;
import com.rollkiosk.domain.CalibrationResult;
import com.rollkiosk.domain.Roller;
import com.rollkiosk.domain.RollerLevels;
import com.rollkiosk.domain.RollerSettings;
import com.rollkiosk.domain.RollerState;
import com.rollkiosk.domain.Steadiness;
import com.rollkiosk.domain.StuckReading;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns a source's raw readings into contact, steadiness and status events: runs the domain's
 * {@link Roller} and counts what went by. Fed on the source's thread only; the counters and the
 * published {@link #state() state} may be read from anywhere.
 *
 * <p>Losing the sensor while someone is on the roller ends contact: nothing can vouch for them any
 * more, and the kiosk falls back to touch. The detector starts afresh on reconnection. A port whose
 * lines carry no reading is UNREADABLE, which ends contact too; its next reading makes it
 * CONNECTED again, with the port as the detail.
 *
 * <p>Each connection starts from the empty levels the {@link LevelsMemory} remembers for that
 * sensor (known by the sketch's hello line, when it sends one before its first reading), and the
 * roller's surely-empty stretches are handed back to it.
 */
public final class ContactTracker implements SensorListener, Roller.Events {

    /** The roller's state is published for screens this often, in sample time: 25 times a second. */
    static final long PUBLISH_NANOS = 40_000_000L;

    /** The reason {@link ContactListener#rollerMayBeBroken} gives for a reading stuck at one value. */
    public static final String STUCK = "stuck";

    /** The diagnostics plot's span. */
    public static final long RECENT_NANOS = 30_000_000_000L;

    private Roller roller;
    private RollerSettings settings;
    private volatile RollerSettings nextSettings;
    private volatile SampleTap tap;
    private final RecentValues recent = new RecentValues((int) (RECENT_NANOS / PUBLISH_NANOS) + 16);
    private volatile LinkReport link = LinkReport.NONE;
    private volatile List<PortReport> ports = List.of();
    private final ContactListener out;
    private final LevelsMemory memory;
    private String sensor = "";
    private boolean readingSinceConnect;
    /** The levels of the connection before, newer than anything remembered on disk: a replug starts from them. */
    private RollerLevels lastConnection;
    private final AtomicLong samples = new AtomicLong();
    private final AtomicLong garbage = new AtomicLong();
    private final AtomicLong unreadable = new AtomicLong();
    private final AtomicLong contacts = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();
    private final StuckReading stuck = new StuckReading();
    private volatile boolean readingStuck;
    private boolean everConnected;
    private SensorStatus status;
    private String port;
    private long lastT;
    private double lastValue;
    private long lastPublished = Long.MIN_VALUE;
    private volatile RollerState published;

    public ContactTracker(RollerSettings settings, ContactListener out) {
        this(settings, out, LevelsMemory.NONE);
    }

    public ContactTracker(RollerSettings settings, ContactListener out, LevelsMemory memory) {
        this.settings = settings;
        this.roller = new Roller(settings);
        this.out = out;
        this.memory = memory;
        this.published = roller.state();
    }

    /** The config's sensor section, with a saved calibration (or null), as the roller's settings. */
    public static RollerSettings settings(SensorSettings s, CalibrationResult.Calibrated calibration) {
        return new RollerSettings(s.debounceOnMs() * 1_000_000L, s.debounceOffMs() * 1_000_000L,
                s.baseline(), s.onThreshold(), s.offThreshold(), calibration);
    }

    /** The roller as last published, at most {@link #PUBLISH_NANOS} old while readings arrive. */
    public RollerState state() {
        return published;
    }

    /** The link as diagnostics show it. */
    public LinkReport link() {
        return link;
    }

    /** Every USB serial port {@code auto} listed and what was seen on it; empty for a named port. */
    public List<PortReport> ports() {
        return ports;
    }

    /** The raw readings of the last {@link #RECENT_NANOS}, at publishing rate. */
    public RecentValues.Snapshot recent() {
        return recent.last(RECENT_NANOS);
    }

    /**
     * Detects with a new calibration from the next reading on, as if just connected: staff saved
     * one. Any thread; someone on the roller at that moment counts as getting off.
     */
    public void calibrate(CalibrationResult.Calibrated calibration) {
        nextSettings = settings.withCalibration(calibration);
    }

    /** Also hands every reading to {@code tap}, on the source's thread; null for none. */
    public void tap(SampleTap tap) {
        this.tap = tap;
    }

    /** Something that sees every reading, on the source's thread: quick, and never Swing. */
    @FunctionalInterface
    public interface SampleTap {
        void sample(long tNanos, double value);
    }

    /** The reading has sat at one exact value for a minute while connected: the roller may be broken. */
    public boolean readingStuck() {
        return readingStuck;
    }

    /** The value it is stuck at, while {@link #readingStuck()}. */
    public double stuckValue() {
        return stuck.value();
    }

    public SensorStats stats() {
        return new SensorStats(samples.get(), garbage.get(), unreadable.get(), contacts.get(), reconnects.get());
    }

    @Override
    public void onSample(long tNanos, double value) {
        samples.incrementAndGet();
        if (status == SensorStatus.UNREADABLE) {
            report(SensorStatus.CONNECTED, port, link.info(), null, link.lastError());
            setStatus(SensorStatus.CONNECTED, port);
        }
        RollerSettings next = nextSettings;
        if (next != null) {
            nextSettings = null;
            endContact();
            settings = next;
            roller = new Roller(next);
            roller.reset(sensor, startingLevels());
            lastPublished = Long.MIN_VALUE;
        }
        if (!readingSinceConnect) {
            // The hello line, if the sketch sends one, has come by now: the levels are that sensor's.
            readingSinceConnect = true;
            roller.reset(sensor, startingLevels());
        }
        lastT = tNanos;
        lastValue = value;
        if (stuck.feed(tNanos, value)) {
            readingStuck = true;
            out.rollerMayBeBroken(STUCK);
        } else if (readingStuck && !stuck.stuck()) {
            readingStuck = false;
        }
        roller.feed(tNanos, value, this);
        SampleTap t = tap;
        if (t != null) {
            t.sample(tNanos, value);
        }
        if (lastPublished == Long.MIN_VALUE || tNanos - lastPublished >= PUBLISH_NANOS) {
            lastPublished = tNanos;
            published = roller.state();
            recent.add(tNanos, value);
        }
    }

    @Override
    public void contactOn(long tNanos, double value) {
        contacts.incrementAndGet();
        out.contactOn(tNanos, value);
    }

    @Override
    public void contactOff(long tNanos, double value) {
        out.contactOff(tNanos, value);
    }

    @Override
    public void steadiness(long tNanos, Steadiness steadiness) {
        out.steadinessChanged(tNanos, steadiness);
    }

    private RollerLevels startingLevels() {
        RollerLevels last = lastConnection == null ? null : lastConnection.forSensor(sensor);
        return last != null ? last : memory.recall();
    }

    @Override
    public void emptyLevels(long tNanos, RollerLevels levels) {
        memory.remember(levels);
    }

    @Override
    public void onInfo(String line) {
        unreadable.incrementAndGet();
        if (!readingSinceConnect && line.startsWith(SerialPorts.HELLO)) {
            sensor = line.strip();
        }
        report(link.status(), link.port(), line, link.example(), link.lastError());
        out.info(line);
    }

    @Override
    public void onGarbage() {
        garbage.incrementAndGet();
        unreadable.incrementAndGet();
    }

    /** Nothing vouches for a person on the roller any more, as when the port is lost. */
    @Override
    public void onUnreadable(String exampleLine) {
        endContact();
        report(SensorStatus.UNREADABLE, port, link.info(), exampleLine, link.lastError());
        setStatus(SensorStatus.UNREADABLE, exampleLine);
    }

    @Override
    public void onConnected(String port) {
        if (everConnected) {
            reconnects.incrementAndGet();
        }
        everConnected = true;
        this.port = port;
        keepLevels();
        sensor = "";
        readingSinceConnect = false;
        clearStuck();
        roller.reset();
        lastPublished = Long.MIN_VALUE;
        recent.clear();
        report(SensorStatus.CONNECTED, port, link.info(), null, link.lastError());
        setStatus(SensorStatus.CONNECTED, port);
    }

    @Override
    public void onPorts(List<PortReport> now) {
        ports = now;
    }

    @Override
    public void onDisconnected(String reason) {
        endContact();
        clearStuck();
        report(SensorStatus.RECONNECTING, port, link.info(), null, reason);
        setStatus(SensorStatus.RECONNECTING, reason);
    }

    @Override
    public void onFinished(String reason) {
        endContact();
        report(SensorStatus.NONE, port, link.info(), null, reason);
        setStatus(SensorStatus.NONE, reason);
        out.finished();
    }

    /**
     * Written on the source's thread only; read from anywhere. Always before the status change it
     * goes with is passed on, so that whoever hears of the change reads the link it describes.
     */
    private void report(SensorStatus status, String port, String info, String example, String lastError) {
        link = new LinkReport(status, port, info, example, lastError);
    }

    private void clearStuck() {
        stuck.reset();
        readingStuck = false;
    }

    /** Before the roller forgets its connection: what it learned of the empty roller. */
    private void keepLevels() {
        RollerLevels learned = roller.levels();
        if (learned != null) {
            lastConnection = learned;
        }
    }

    private void endContact() {
        if (roller.isOn()) {
            keepLevels();
            roller.reset();
            out.contactOff(lastT, lastValue);
        }
    }

    /**
     * Passes on a change of status only: a port that stays away fails each retry with a fresh
     * reason, and one loss should read as one {@code disconnected}, not one per retry.
     */
    private void setStatus(SensorStatus next, String detail) {
        if (next == status) {
            return;
        }
        status = next;
        out.statusChanged(next, detail);
    }
}
