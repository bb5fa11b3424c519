package com.rollkiosk.sensor.field;

import com.rollkiosk.sensor.Socat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An Arduino with a sensor in the roller, played on a {@link Socat} pty: the people on the roller
 * ({@link Person}), the sensor's curve, noise and drift ({@link SensorModel}), the sketch's line
 * format ({@link LineFormat}), and the board's life: the reset when the port opens, the
 * bootloader's silence (1.5–2 s) and the half line of junk after it, readings buffered before the
 * port opened, a cable pulled and pushed back, a sensor that dies, a board that resets by itself.
 *
 * <p>Its time starts when the kiosk first opens the port and runs on the {@link EmulatedClock},
 * {@link Scenario#speed()} board seconds a real second; the kiosk reads the same clock. It tells
 * the kiosk's side nothing but bytes: the one thing it hears back is that the port was opened
 * ({@link #portOpened}), as DTR would tell an Uno.
 */
public final class BoardEmulator {

    private static final long SECOND = 1_000_000_000L;
    private static final double RAMP_SECONDS = 0.5;
    private static final byte[] JUNK_WITH_NUMBER = {(byte) 0xf0, (byte) 0x8c, ' ', '8', '\n'};
    private static final byte[] JUNK_WITHOUT_NUMBER = {(byte) 0xf0, (byte) 0x8c, (byte) 0xfe, (byte) 0x9a, '\n'};
    private static final long FIRST_OPEN_TIMEOUT_NANOS = 15 * SECOND;
    /** More than this on the roller while a sketch tares, and the tare hides a person. */
    private static final double TARED_AWAY_KG = 1;
    /**
     * The longest the board waits, in real time, for a connected kiosk to read what it sent before
     * its clock moves on: only a kiosk that has stopped reading takes this long.
     */
    private static final long CATCH_UP_NANOS = 5_000_000_000L;
    /** Readings the kiosk may still be reading when the board's clock moves on. */
    private static final int IN_FLIGHT = 1;
    /** However far behind, the board sends at least this often, so its readings keep their times. */
    private static final long FLUSH_NANOS = 100_000_000L;

    private final Scenario scenario;
    private final LineFormat format;
    private final Socat socat;
    private final EmulatedClock clock;
    private final SensorModel sensor;
    private final Random noise;
    private final Random board;
    private final FieldTimeline timeline;
    private final CountDownLatch firstOpen = new CountDownLatch(1);
    private volatile boolean reopened;
    private volatile boolean everOpened;
    private volatile boolean kioskReading;
    private final AtomicLong received = new AtomicLong();
    private long sentReadings;
    private long lastFlush = Long.MIN_VALUE;
    /** The next reading will be glued to the half line a reset cut off, and never arrive as a reading. */
    private boolean nextReadingGlued;
    private int bufferedReadings;

    private final List<Scenario.Visit> visits = new ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private LineFormat.Printer printer;
    private long t;
    private long realStart;
    private long bootUntil = Long.MIN_VALUE;
    private long settleUntil = Long.MIN_VALUE;
    private boolean startPending;
    private boolean settledPending;
    private boolean junkPending;
    private long silentSince = Long.MIN_VALUE;
    private Long frozen;
    private boolean frozenAtLast;
    private long lastRaw;
    private long nextSelfReset = Long.MAX_VALUE;
    private boolean unplugged;
    /** Replugged, but the kiosk has not opened the port again yet: what the board prints goes nowhere. */
    private boolean awaitingReopen;

    public BoardEmulator(Scenario scenario, LineFormat format, long seed, Socat socat, EmulatedClock clock) {
        this.scenario = scenario;
        this.format = format;
        this.socat = socat;
        this.clock = clock;
        Random random = new Random(seed);
        this.sensor = SensorModel.of(format.sensor(), random);
        this.noise = new Random(random.nextLong());
        this.board = new Random(random.nextLong());
        this.timeline = new FieldTimeline(scenario);
        this.printer = format.printer();
        if (scenario.before() != null) {
            visits.add(scenario.before());
        }
    }

    /** The kiosk opened the port: an Uno resets. Any thread. */
    public void portOpened() {
        timeline.opened(clock.nanoTime());
        everOpened = true;
        if (firstOpen.getCount() > 0 && !scenario.poweredBeforeOpen()) {
            firstOpen.countDown();
        } else {
            // DTR resets the board at once: nothing it had yet to print may follow the open.
            synchronized (this) {
                reopened = true;
            }
        }
    }

    /** The kiosk has the board's port open and is reading it ({@code true}), or has lost it. Any thread. */
    public void kioskReading(boolean now) {
        kioskReading = now;
    }

    /** The kiosk read one of the board's readings. Any thread. */
    public void readingReceived() {
        received.incrementAndGet();
    }

    public FieldTimeline timeline() {
        return timeline;
    }

    /**
     * Waits for the kiosk to open the port (unless the board was powered before), then plays the
     * whole scenario on this thread and returns its timeline; one marked never opened if the
     * kiosk did not open it within 15 s.
     */
    public FieldTimeline play() throws InterruptedException {
        if (!scenario.poweredBeforeOpen() && !firstOpen.await(FIRST_OPEN_TIMEOUT_NANOS, TimeUnit.NANOSECONDS)) {
            timeline.neverOpened();
            return timeline;
        }
        t = clock.nanoTime();
        realStart = System.nanoTime();
        timeline.started(t);
        if (scenario.poweredBeforeOpen()) {
            // Powered long ago: its hello went into nothing, and it prints readings; opening it resets it.
            silentSince = t;
        } else if (scenario.resetsOnOpen()) {
            reset();
        } else {
            burst();
        }
        if (scenario.selfResetSeconds() > 0) {
            nextSelfReset = t + seconds(scenario.selfResetSeconds());
        }
        for (int i = 0; i < scenario.phases().size(); i++) {
            Phase phase = scenario.phases().get(i);
            phase.actions().forEach(this::act);
            timeline.phaseStarts(i, t);
            long end = t + seconds(phase.seconds());
            while (t < end) {
                step(Math.min(end, t + format.periodNanos()));
            }
        }
        flush();
        timeline.ended(t);
        return timeline;
    }

    private void act(Phase.Action action) {
        if (action instanceof Phase.GetOn on) {
            visits.add(new Scenario.Visit(on.person(), secondsOf(t), Double.MAX_VALUE));
        } else if (action instanceof Phase.GetOff) {
            timeline.taredAwayEnds(t);
            for (int i = 0; i < visits.size(); i++) {
                Scenario.Visit v = visits.get(i);
                if (v.offSeconds() == Double.MAX_VALUE) {
                    visits.set(i, new Scenario.Visit(v.person(), v.onSeconds(), secondsOf(t)));
                }
            }
        } else if (action instanceof Phase.Unplug) {
            unplug();
        } else if (action instanceof Phase.Replug) {
            replug();
        } else if (action instanceof Phase.Freeze f) {
            // A load cell's sketch repeats its last conversion once the HX711 stops answering.
            frozenAtLast = f.raw() == null || sensor.kind() == SensorModel.Kind.LOAD_CELL;
            frozen = frozenAtLast ? null : f.raw();
        }
    }

    private void step(long next) {
        t = next;
        if (reopened && scenario.resetsOnOpen()) {
            reopened = false;
            reset();
        }
        if (t >= nextSelfReset) {
            nextSelfReset += seconds(scenario.selfResetSeconds());
            reset();
        }
        long raw = frozenAtLast ? lastRaw : frozen != null ? frozen : sensor.raw(load(secondsOf(t)), hours(t), noise);
        lastRaw = raw;
        if (t >= bootUntil) {
            if (junkPending) {
                junkPending = false;
                write(junk());
            }
            if (startPending) {
                startPending = false;
                write(printer.started());
                settleUntil = t + printer.settleNanos();
                settledPending = true;
            }
            if (t < settleUntil) {
                printer.settling(raw);
            } else {
                if (settledPending) {
                    settledPending = false;
                    write(printer.settled());
                    if (printer.tares() && load(secondsOf(t)) > TARED_AWAY_KG) {
                        timeline.taredAway(t);
                    }
                }
                write(printer.line(raw));
                if (!nextReadingGlued) {
                    bufferedReadings++;
                }
                nextReadingGlued = false;
                if (silentSince != Long.MIN_VALUE && !unplugged && !awaitingReopen) {
                    timeline.silent(silentSince, t);
                    silentSince = Long.MIN_VALUE;
                }
            }
        }
        pace();
    }

    /** The reset: a half line cut off, the bootloader's silence, its junk, and the sketch from the top. */
    private void reset() {
        String cut = printer.line(lastRaw);
        write(cut.substring(0, Math.max(1, cut.length() / 2)));
        printer = format.printer();
        bootUntil = t + seconds(1.5 + 0.5 * board.nextDouble());
        junkPending = scenario.junk() != Scenario.Junk.NONE;
        nextReadingGlued = !junkPending && printer.started().isEmpty();
        startPending = true;
        settledPending = false;
        settleUntil = Long.MIN_VALUE;
        awaitingReopen = false;
        if (silentSince == Long.MIN_VALUE) {
            silentSince = t;
        }
        timeline.reset(t);
    }

    /** A board that did not reset: what it printed while the port was closed arrives at once. */
    private void burst() {
        long from = t - seconds(scenario.bufferedSeconds());
        write(printer.started());
        for (long s = from; s < t; s += format.periodNanos()) {
            write(printer.line(sensor.raw(load(secondsOf(s)), hours(s), noise)));
        }
        flush();
    }

    private byte[] junk() {
        return switch (scenario.junk()) {
            case NONE -> new byte[0];
            case WITH_NUMBER -> JUNK_WITH_NUMBER;
            case WITHOUT_NUMBER -> JUNK_WITHOUT_NUMBER;
            case EITHER -> board.nextBoolean() ? JUNK_WITH_NUMBER : JUNK_WITHOUT_NUMBER;
        };
    }

    private void unplug() {
        flush();
        try {
            socat.kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        unplugged = true;
        if (silentSince == Long.MIN_VALUE) {
            silentSince = t;
        }
    }

    private void replug() {
        try {
            socat.restart();
        } catch (IOException e) {
            throw new AssertionError("socat did not come back: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        unplugged = false;
        awaitingReopen = scenario.resetsOnOpen();
    }

    /** The load on the roller: everyone on it, each eased on and off over half a second. */
    private double load(double s) {
        double kg = 0;
        for (Scenario.Visit v : visits) {
            if (s < v.onSeconds() || s > v.offSeconds() + RAMP_SECONDS) {
                continue;
            }
            double on = Person.ease((s - v.onSeconds()) / RAMP_SECONDS);
            double off = v.offSeconds() == Double.MAX_VALUE ? 0 : Person.ease((s - v.offSeconds()) / RAMP_SECONDS);
            kg += v.person().load(s - v.onSeconds()) * on * (1 - off);
        }
        return kg;
    }

    private double hours(long at) {
        return secondsOf(at) * scenario.driftHoursPerSecond();
    }

    private double secondsOf(long at) {
        return (at - EmulatedClock.ORIGIN) / (double) SECOND;
    }

    private static long seconds(double s) {
        return Math.round(s * SECOND);
    }

    private void write(String text) {
        write(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private void write(byte[] bytes) {
        out.write(bytes, 0, bytes.length);
    }

    /**
     * Lets the clock move on only once the kiosk has read what was sent before: a pty relay that a
     * busy machine holds up for a moment must not look like a board gone silent, however fast the
     * board's time runs. Lines sent while the kiosk had no port open are lost, not waited for.
     */
    private void awaitReader() {
        if (!everOpened || unplugged || awaitingReopen || !kioskReading) {
            sentReadings = received.get();
            return;
        }
        long deadline = System.nanoTime() + CATCH_UP_NANOS;
        while (received.get() < sentReadings - IN_FLIGHT && kioskReading && System.nanoTime() < deadline) {
            LockSupport.parkNanos(200_000L);
        }
        if (received.get() < sentReadings - IN_FLIGHT) {
            // The kiosk lost the port meanwhile: what it did not read is gone.
            sentReadings = received.get();
        }
    }

    /**
     * Keeps to {@link Scenario#speed()}: the clock moves on to now before the bytes go out, so a
     * line is never stamped before its time, and the emulator waits only when it is ahead.
     */
    private void pace() {
        long due = realStart + Math.round((t - timeline.start()) / scenario.speed());
        long ahead = due - System.nanoTime();
        if (ahead > 1_000_000L || out.size() > 2048 || t - lastFlush >= FLUSH_NANOS) {
            flush();
        }
        if (ahead > 1_000_000L) {
            LockSupport.parkNanos(ahead);
        }
    }

    private void flush() {
        awaitReader();
        clock.advanceTo(t);
        lastFlush = t;
        if (out.size() == 0) {
            return;
        }
        byte[] bytes = out.toByteArray();
        out.reset();
        int readings = bufferedReadings;
        bufferedReadings = 0;
        if (unplugged || awaitingReopen) {
            // Printed into a cable that is out, or a port nobody has opened since the replug.
            return;
        }
        synchronized (this) {
            if (reopened && scenario.resetsOnOpen()) {
                return;
            }
            sentReadings += readings;
            try {
                socat.write(bytes);
                timeline.wrote(bytes.length);
            } catch (IOException e) {
                // The pty is gone (the kiosk's side closed): the board prints into nothing.
            }
        }
    }
}
