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
 * A port that talks without readings stays open and is reported unreadable (see {@link PortReader}).
 */
public final class SerialSource implements SensorSource {

    /**
     * Longer than the HX711_ADC library's example is silent between its {@code Starting...} line
     * and its first reading: it settles until 2.4 s after power-up, then tares over 18
     * conversions at 10 a second (it gives up after 2.7 s).
     */
    public static final long DEFAULT_STARTUP_GRACE_MS = 6000;
    private static final long PROBE_MS = 2500;
    private static final System.Logger LOG = System.getLogger(SerialSource.class.getName());

    private final String portSpec;
    private final SensorSettings settings;
    private final Clock clock;
    private final long startupGraceMs;
    private final Supplier<List<PortCandidate>> ports;
    private final SourceThread worker = new SourceThread("rollkiosk-serial");

    /** @param portSpec a device path, or {@link SensorSettings#AUTO} to find an Arduino */
    public SerialSource(String portSpec, SensorSettings settings, Clock clock, long startupGraceMs) {
        this(portSpec, settings, clock, startupGraceMs, SerialPorts::list);
    }

    /** @param ports the serial ports {@code auto} chooses from; the system's, but for tests */
    SerialSource(String portSpec, SensorSettings settings, Clock clock, long startupGraceMs,
                 Supplier<List<PortCandidate>> ports) {
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
        Backoff backoff = new Backoff(settings.reconnectMinMs(), settings.reconnectMaxMs());
        String lastReason = null;
        while (worker.running()) {
            String reason;
            try {
                String path = choosePort();
                SerialPort port = SerialPorts.open(path, settings.baud());
                try {
                    listener.onConnected(path);
                    reason = new PortReader(port, clock, settings.silenceTimeoutMs(), startupGraceMs,
                            settings.field()).readUntilLost(listener, worker::running);
                } finally {
                    port.closePort();
                }
                backoff.reset();
                lastReason = null;
            } catch (IOException e) {
                reason = e.getMessage();
            } catch (RuntimeException e) {
                // jSerialComm or Path.of failing is one more port we cannot read now: retried like the rest.
                reason = "serial error: " + e;
                if (!reason.equals(lastReason)) {
                    LOG.log(System.Logger.Level.WARNING, "serial port failed, will retry: " + e.getMessage(), e);
                }
            }
            if (!worker.running()) {
                return;
            }
            if (!reason.equals(lastReason)) {
                listener.onDisconnected(reason);
                lastReason = reason;
            }
            long delay = backoff.next();
            listener.onReconnecting(delay);
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private String choosePort() throws IOException {
        if (!portSpec.equals(SensorSettings.AUTO)) {
            return portSpec;
        }
        List<PortCandidate> ranked = PortCandidate.rank(ports.get());
        if (!ranked.isEmpty() && ranked.get(0).looksLikeArduino()) {
            return ranked.get(0).path();
        }
        for (PortCandidate candidate : ranked) {
            if (worker.running() && SerialPorts.sendsHello(candidate.path(), settings.baud(), PROBE_MS, worker::running)) {
                return candidate.path();
            }
        }
        throw new IOException("no Arduino found (" + ranked.size() + " USB serial ports checked)");
    }
}
