package com.rollkiosk.sensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.rollkiosk.config.SensorSettings;
import com.rollkiosk.domain.Clock;
import com.rollkiosk.domain.SensorStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code auto} through real pseudo-terminals: a silent USB-serial device posing as an FTDI adapter
 * (a UPS cable, say) ranks first, the roller sits on the next port. The roller is found, and the
 * silent device is opened once, then only after minutes. The probe back-off runs on the injected
 * clock, which the test moves on by minutes; the port's own timings (startup grace, quiet window)
 * are production's.
 */
@Timeout(60)
class AutoPortPtyTest {

    private static final int FTDI = 0x0403;
    private static final String HELLO = SerialPorts.HELLO + " 1 fsr 50Hz\r\n";
    private static final SensorSettings SETTINGS = new SensorSettings(null, null, 0.0, 200.0, 120.0,
            150, 300, 1000, 250, 1500, null);

    @TempDir
    Path dir;
    private final AtomicLong skipped = new AtomicLong();
    private final Clock clock = () -> System.nanoTime() + skipped.get();
    private final Map<String, List<Long>> opens = new ConcurrentHashMap<>();
    private final List<AutoCloseable> closing = new CopyOnWriteArrayList<>();
    private SerialSource source;

    @AfterEach
    void stop() throws Exception {
        if (source != null) {
            source.stop();
        }
        for (AutoCloseable c : closing) {
            c.close();
        }
    }

    @Test
    void theRollerIsFoundWithinTenSecondsPastASilentFtdiPortWhichIsThenLeftAlone() throws Exception {
        Semaphore connected = new Semaphore(0);
        ContactTracker tracker = new ContactTracker(ContactTracker.settings(SETTINGS, null), status(connected));
        Socat roller = silentThenRoller();
        Path silentPath = dir.resolve("a").resolve("roller");
        Path rollerPath = roller.deviceEnd();

        long start = System.nanoTime();
        source.start(tracker);
        assertThat(connected.tryAcquire(15, TimeUnit.SECONDS)).as("the roller connected").isTrue();
        long foundMs = (System.nanoTime() - start) / 1_000_000L;
        System.out.printf("auto: roller found in %d ms past a silent FTDI port%n", foundMs);

        assertThat(foundMs).as("ms until the roller was found").isLessThan(10_000);
        assertThat(tracker.link().port()).isEqualTo(rollerPath.toString());
        assertThat(opensOf(silentPath)).as("opens of the silent port").isEqualTo(1);
        assertThat(openHere(silentPath.toRealPath())).as("the silent port is not kept open").isFalse();
        assertThat(tracker.ports()).extracting(PortReport::path, PortReport::seen).containsExactly(
                tuple(silentPath.toString(), PortReport.Seen.SILENT),
                tuple(rollerPath.toString(), PortReport.Seen.ROLLER_HELLO));

        // Minutes later, with the roller still read, the silent device is still left alone.
        skipped.addAndGet(TimeUnit.MINUTES.toNanos(20));
        Thread.sleep(1500);
        assertThat(opensOf(silentPath)).as("opens of the silent port 20 min later").isEqualTo(1);
        assertThat(tracker.link().status()).isEqualTo(SensorStatus.CONNECTED);
    }

    @Test
    void afterAReplugTheRollersPortIsReopenedWithinSecondsAndTheSilentPortStillLeftAlone() throws Exception {
        Semaphore connected = new Semaphore(0);
        ContactTracker tracker = new ContactTracker(ContactTracker.settings(SETTINGS, null), status(connected));
        Socat roller = silentThenRoller();
        Path silentPath = dir.resolve("a").resolve("roller");
        source.start(tracker);
        assertThat(connected.tryAcquire(15, TimeUnit.SECONDS)).as("the roller connected").isTrue();

        roller.kill();
        roller.restart();
        long replugged = System.nanoTime();
        assertThat(connected.tryAcquire(10, TimeUnit.SECONDS)).as("the roller connected again").isTrue();
        long backMs = (System.nanoTime() - replugged) / 1_000_000L;
        System.out.printf("auto: roller back %d ms after a replug%n", backMs);

        assertThat(backMs).isLessThan(5_000);
        assertThat(opensOf(silentPath)).as("opens of the silent port").isEqualTo(1);
    }

    @Test
    void withNoRollerASilentPortIsOpenedAtMostTwiceAMinuteOnTheClock() throws Exception {
        Socat silent = pty("a");
        Path silentPath = silent.deviceEnd();
        ContactTracker tracker = new ContactTracker(ContactTracker.settings(SETTINGS, null), status(new Semaphore(0)));
        source = new SerialSource(SensorSettings.AUTO, SETTINGS, clock, SerialSource.DEFAULT_STARTUP_GRACE_MS,
                () -> listed(silentPath), (path, baud) -> open(path, baud, null));
        source.start(tracker);

        // 16 minutes on the clock in about 8 s: half a minute every quarter second.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
        while (System.nanoTime() < deadline) {
            Thread.sleep(250);
            skipped.addAndGet(TimeUnit.SECONDS.toNanos(30));
        }
        source.stop();

        List<Long> at = opens.getOrDefault(silentPath.toString(), List.of());
        System.out.printf("auto: silent port opened at %s s on the clock%n",
                at.stream().map(t -> (t - at.get(0)) / 1_000_000_000L).toList());
        assertThat(at.size()).as("opens in 16 min: once, then after 1, 2, 4 and 8 min").isBetween(3, 6);
        for (int i = 2; i < at.size(); i++) {
            assertThat(at.get(i) - at.get(i - 2)).as("three opens within a minute").isGreaterThan(TimeUnit.MINUTES.toNanos(1));
        }
        assertThat(tracker.link().status()).isEqualTo(SensorStatus.RECONNECTING);
        assertThat(tracker.link().lastError()).startsWith("no roller found");
    }

    /** A silent FTDI-like port in {@code a}, then the roller's in {@code b}, in {@link #source}; returns the roller's. */
    private Socat silentThenRoller() throws IOException, InterruptedException {
        Path silentPath = pty("a").deviceEnd();
        Socat roller = pty("b");
        Path rollerPath = roller.deviceEnd();
        source = new SerialSource(SensorSettings.AUTO, SETTINGS, clock, SerialSource.DEFAULT_STARTUP_GRACE_MS,
                () -> listed(silentPath, rollerPath), (path, baud) -> open(path, baud, path.equals(rollerPath.toString()) ? roller : null));
        return roller;
    }

    private Socat pty(String name) throws IOException, InterruptedException {
        Path sub = Files.createDirectories(dir.resolve(name));
        Socat socat = Socat.start(sub);
        closing.add(socat);
        return socat;
    }

    /** The ports as the system would list them: both look like FTDI adapters; a port whose link is gone is unplugged. */
    private static List<PortCandidate> listed(Path... devices) {
        return Stream.of(devices).filter(Files::exists)
                .map(d -> new PortCandidate(d.toString(), "FT232R USB UART", FTDI)).toList();
    }

    /**
     * Opens as the kiosk does, counting each open on the clock. Opening resets the roller's board:
     * it says hello, then prints its readings (an empty roller) from then on.
     */
    private com.fazecast.jSerialComm.SerialPort open(String path, int baud, Socat roller) throws IOException {
        opens.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add(clock.nanoTime());
        com.fazecast.jSerialComm.SerialPort port = SerialPorts.open(path, baud);
        if (roller != null) {
            roller.write(HELLO);
            closing.add(new FakeArduino(roller, 20));
        }
        return port;
    }

    private int opensOf(Path device) {
        return opens.getOrDefault(device.toString(), List.of()).size();
    }

    /** Releases {@code connected} each time the roller's port connects. */
    private static ContactListener status(Semaphore connected) {
        return new StatusListener((status, detail) -> {
            if (status == SensorStatus.CONNECTED) {
                connected.release();
            }
        });
    }

    private static boolean openHere(Path device) throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.anyMatch(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(device);
                } catch (IOException e) {
                    return false;
                }
            });
        }
    }
}
