package com.rollkiosk.sensor;

import com.fazecast.jSerialComm.SerialPort;
import com.rollkiosk.config.SensorSettings;
import com.rollkiosk.domain.Clock;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads the roller over USB serial on one thread of its own, and keeps doing so forever: a port
 * that vanishes, goes silent, or cannot be opened is reported and retried with backoff.
 *
 * <p>The reader does blocking reads with a short timeout instead of jSerialComm's event listeners,
 * which sidesteps their pitfalls in 2.11: the disconnect event firing in a tight loop, and an
 * exception silently ending the library's event thread. A failed read means the port is gone; the
 * port is closed at once and reopened from its path, looked up afresh each time.
 *
 * <p>Any exception on the way to a reading, checked or not, is a reason to report and retry: only
 * an {@link Error} ends the reader.
 *
 * <p>Opening asserts DTR, which resets an Uno: there is up to two seconds of silence before the
 * hello line, and a stock sketch may then print a line and settle its sensor for seconds before its
 * first reading. So the silence timeout only applies once a reading has come; until then a pause
 * may last {@code startupGraceMs}. A half line left from before the reset is counted as garbage.
 * A port staff named that talks without readings stays open and is reported unreadable (see
 * {@link PortReader}).
 *
 * <p>{@code auto} keeps only a port that proves to be the roller (see {@link ProbeGate}): other
 * USB-serial devices are listened to once and then left alone for minutes (see {@link PortProbes}),
 * and every port and what was seen on it goes to {@link SensorListener#onPorts}.
 */
public final class SerialSource implements SensorSource {

    /**
     * Longer than the HX711_ADC library's example is silent between its {@code Starting...} line
     * and its first reading: it settles until 2.4 s after power-up, then tares over 18
     * conversions at 10 a second (it gives up after 2.7 s).
     */
    public static final long DEFAULT_STARTUP_GRACE_MS = 6000;
    /** A port that is not known to be the roller and sends nothing at all for this long is not the roller. */
    static final long QUIET_MS = 3000;
    /** While no port is due, the list is looked at this often: a roller plugged in is tried within a second. */
    private static final long LIST_EVERY_NANOS = 1_000_000_000L;
    private static final System.Logger LOG = System.getLogger(SerialSource.class.getName());

    private final String portSpec;
    private final SensorSettings settings;
    private final Clock clock;
    private final long startupGraceMs;
    private final Supplier<List<PortCandidate>> ports;
    private final Opener opener;
    private final SourceThread worker = new SourceThread("rollkiosk-serial");

    /** @param portSpec a device path, or {@link SensorSettings#AUTO} to find the roller */
    public SerialSource(String portSpec, SensorSettings settings, Clock clock, long startupGraceMs) {
        this(portSpec, settings, clock, startupGraceMs, SerialPorts::list);
    }

    /** @param ports the serial ports {@code auto} chooses from; the system's, but for tests */
    SerialSource(String portSpec, SensorSettings settings, Clock clock, long startupGraceMs,
                 Supplier<List<PortCandidate>> ports) {
        this(portSpec, settings, clock, startupGraceMs, ports, SerialPorts::open);
    }

    SerialSource(String portSpec, SensorSettings settings, Clock clock, long startupGraceMs,
                 Supplier<List<PortCandidate>> ports, Opener opener) {
        this.opener = opener;
        this.portSpec = portSpec;
        this.settings = settings;
        this.clock = clock;
        this.startupGraceMs = startupGraceMs;
        this.ports = ports;
    }

    public SerialSource(String portSpec, SensorSettings settings, Clock clock) {
        this(portSpec, settings, clock, DEFAULT_STARTUP_GRACE_MS);
    }

    @Override
    public synchronized void start(SensorListener listener) {
        worker.start(() -> runSafely(listener));
    }

    @Override
    public synchronized void stop() {
        worker.stop();
    }

    @Override
    public String describe() {
        return portSpec.equals(SensorSettings.AUTO) ? "auto" : "serial:" + portSpec;
    }

    private void runSafely(SensorListener listener) {
        try {
            loop(new SafeListener(listener, worker::running));
        } catch (RuntimeException | Error e) {
            LOG.log(System.Logger.Level.ERROR, "serial reader stopped: " + e);
            listener.onFinished("serial reader failed: " + e);
        }
    }

    private void loop(SensorListener listener) {
        if (portSpec.equals(SensorSettings.AUTO)) {
            findAndRead(listener);
        } else {
            readFixedPort(listener);
        }
    }

    /** The port staff named: reopened with backoff whatever it did, since nothing else can be the roller. */
    private void readFixedPort(SensorListener listener) {
        Backoff backoff = new Backoff(settings.reconnectMinMs(), settings.reconnectMaxMs());
        String lastReason = null;
        while (worker.running()) {
            String reason;
            try {
                SerialPort port = opener.open(portSpec, settings.baud());
                try {
                    listener.onConnected(portSpec);
                    reason = reader(port).readUntilLost(listener, worker::running);
                } finally {
                    port.closePort();
                }
                backoff.reset();
                lastReason = null;
            } catch (IOException e) {
                reason = e.getMessage();
            } catch (RuntimeException e) {
                // jSerialComm or Path.of failing is one more port we cannot read now: retried like the rest.
                reason = failed(e, lastReason);
            }
            if (!worker.running()) {
                return;
            }
            if (!reason.equals(lastReason)) {
                listener.onDisconnected(reason);
                lastReason = reason;
            }
            if (!pause(backoff.next(), listener)) {
                return;
            }
        }
    }

    /**
     * {@code auto}: listens on each USB serial port in turn until one turns out to be the roller,
     * reads it until it is lost, and reopens it quickly while it is listed. Ports that were not the
     * roller are left alone for minutes at a time (see {@link PortProbes}).
     */
    private void findAndRead(SensorListener listener) {
        PortProbes probes = new PortProbes(clock);
        Backoff backoff = new Backoff(settings.reconnectMinMs(), settings.reconnectMaxMs());
        String lastReason = null;
        while (worker.running()) {
            boolean changed = probes.listed(listPorts());
            String path = probes.next();
            String reason = null;
            if (path != null) {
                Outcome outcome = probe(path, probes, listener, lastReason);
                changed = true;
                reason = outcome.reason();
                if (outcome.connected()) {
                    backoff.reset();
                    lastReason = null;
                }
            }
            if (changed) {
                listener.onPorts(probes.report());
            }
            if (!worker.running()) {
                return;
            }
            if (reason == null && !probes.rollerListed()) {
                reason = "no roller found (" + probes.size() + " USB serial ports listened to)";
            }
            if (reason != null && !reason.equals(lastReason)) {
                listener.onDisconnected(reason);
                lastReason = reason;
            }
            long delay = probes.rollerListed() ? backoff.next()
                    : Math.max(1, probes.nanosUntilDue(LIST_EVERY_NANOS) / 1_000_000L);
            if (!pause(delay, listener)) {
                return;
            }
        }
    }

    /**
     * @param reason    why the roller's connection ended or its port failed; null when the port was not the roller
     * @param connected the port was the roller and was read
     */
    private record Outcome(String reason, boolean connected) {
    }

    /**
     * Opens {@code path} and listens; the roller is read until it is lost.
     */
    private Outcome probe(String path, PortProbes probes, SensorListener listener, String lastReason) {
        boolean known = probes.isRoller(path);
        SerialPort port;
        try {
            port = opener.open(path, settings.baud());
        } catch (IOException | RuntimeException e) {
            String reason = e instanceof IOException ? e.getMessage() : failed((RuntimeException) e, lastReason);
            probes.saw(path, PortReport.Seen.CANNOT_OPEN, reason);
            return new Outcome(known ? reason : null, false);
        }
        // The roller's own port may take a stock sketch's whole start-up to speak; a stranger has three seconds.
        long quiet = known ? verdictNanos() : Math.min(startupGraceMs, QUIET_MS) * 1_000_000L;
        ProbeGate gate = new ProbeGate(path, listener, clock, quiet, verdictNanos(), seen -> {
            probes.saw(path, seen, null);
            listener.onPorts(probes.report());
        });
        String reason;
        try {
            reason = reader(port).readUntilLost(gate, () -> worker.running() && !gate.givenUp());
        } catch (RuntimeException e) {
            reason = failed(e, lastReason);
        } finally {
            port.closePort();
        }
        if (gate.seen().isRoller()) {
            return new Outcome(reason, true);
        }
        probes.saw(path, gate.seen(), gate.example());
        return new Outcome(null, false);
    }

    private long verdictNanos() {
        return (startupGraceMs + PortReader.UNREADABLE_MS) * 1_000_000L;
    }

    private List<PortCandidate> listPorts() {
        try {
            return PortCandidate.rank(ports.get());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot list serial ports: " + e);
            return List.of();
        }
    }

    private PortReader reader(SerialPort port) {
        return new PortReader(port, clock, settings.silenceTimeoutMs(), startupGraceMs, settings.field());
    }

    private static String failed(RuntimeException e, String lastReason) {
        String reason = "serial error: " + e;
        if (!reason.equals(lastReason)) {
            LOG.log(System.Logger.Level.WARNING, "serial port failed, will retry: " + e.getMessage(), e);
        }
        return reason;
    }

    /** Waits before the next try; false when stopped meanwhile. */
    private boolean pause(long delayMs, SensorListener listener) {
        listener.onReconnecting(delayMs);
        try {
            Thread.sleep(delayMs);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    /** How a port is opened: {@link SerialPorts#open}, but for tests that count the opens. */
    @FunctionalInterface
    interface Opener {
        SerialPort open(String path, int baud) throws IOException;
    }
}
