package com.rollkiosk.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.config.SensorSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The serial path for real: jSerialComm reading a socat pseudo-terminal that the test writes to. */
@Timeout(30)
class SerialSourcePtyTest {

    static final long EMPTY = 20;
    static final long PRESSED = 500;
    /** Short times so the suite stays fast; the rules are the same as in production. */
    static final SensorSettings SETTINGS = new SensorSettings(null, null, 0.0, 200.0, 120.0,
            150, 300, 400, 50, 200);

    @TempDir
    Path dir;
    private Socat socat;
    private FakeArduino arduino;
    private SerialSource source;
    private final EventLog log = new EventLog();
    private ContactTracker tracker;

    @BeforeEach
    void connect() throws Exception {
        socat = Socat.start(dir);
        tracker = new ContactTracker(ContactTracker.settings(SETTINGS, null), log);
        source = new SerialSource(socat.deviceEnd().toString(), SETTINGS, System::nanoTime, 400);
        source.start(log.listenerFor(tracker));
        assertThat(log.await("CONNECTED")).isEqualTo("CONNECTED " + socat.deviceEnd());
    }

    @AfterEach
    void disconnect() throws Exception {
        source.stop();
        if (arduino != null) {
            arduino.close();
        }
        socat.close();
    }

    @Test
    void sustainedPressTurnsContactOnAndReleaseTurnsItOff() throws Exception {
        arduino = new FakeArduino(socat, EMPTY);
        log.awaitSamples(5);

        arduino.set(PRESSED);
        assertThat(log.await("on")).isEqualTo("on " + PRESSED);

        arduino.set(EMPTY);
        assertThat(log.await("off")).isEqualTo("off " + EMPTY);
    }

    @Test
    void bounceShorterThanDebounceIsIgnored() throws Exception {
        arduino = new FakeArduino(socat, EMPTY);
        log.awaitSamples(5);

        arduino.pulse(PRESSED, 60, EMPTY);
        log.awaitSamples(30);

        assertThat(log.all()).noneMatch(e -> e.startsWith("on"));
        assertThat(tracker.stats().contacts()).isZero();
    }

    @Test
    void garbageIsCountedAndMakesNoContact() throws Exception {
        String overLong = "5".repeat(LineParser.MAX_LINE + 1);
        socat.write("hello\n" + "99999999999\n" + overLong + "\n" + "5x00\r\n" + "500 500\n");
        socat.write("1\n");
        log.awaitSamples(1);

        assertThat(tracker.stats().garbage()).isEqualTo(5);
        assertThat(tracker.stats().samples()).isEqualTo(1);
        assertThat(log.all()).noneMatch(e -> e.startsWith("on"));
    }

    @Test
    void infoLineIsReportedAndIsNotASample() throws Exception {
        socat.write("# rollkiosk-sensor 1 fsr 50Hz\r\n");

        assertThat(log.await("info")).isEqualTo("info # rollkiosk-sensor 1 fsr 50Hz");
        assertThat(tracker.stats().samples()).isZero();
    }

    @Test
    void killingSocatIsSeenAsDisconnectAndRestartingItReconnects() throws Exception {
        arduino = new FakeArduino(socat, EMPTY);
        log.awaitSamples(5);

        socat.kill();
        assertThat(log.await("RECONNECTING")).as("a closed pty is a failed read, not silence").contains("port lost");

        socat.restart();
        assertThat(log.await("CONNECTED")).isEqualTo("CONNECTED " + socat.deviceEnd());
        arduino.set(PRESSED);
        assertThat(log.await("on")).isEqualTo("on " + PRESSED);
        assertThat(tracker.stats().reconnects()).isEqualTo(1);
    }

    @Test
    void silentPortIsReportedAsDisconnected() throws Exception {
        assertThat(log.await("RECONNECTING")).contains("no sample for 400 ms");
    }

    @Test
    void portThatVanishesWhileSomeoneIsOnEndsContact() throws Exception {
        arduino = new FakeArduino(socat, PRESSED);
        log.await("on");

        socat.kill();

        assertThat(log.await("off")).isEqualTo("off " + PRESSED);
    }

    @Test
    void floodOfLinesIsReadWithoutLoss() throws Exception {
        StringBuilder second = new StringBuilder();
        for (int i = 0; i < 2300; i++) {
            second.append(i % 1024).append("\r\n");
        }

        long start = System.nanoTime();
        for (int s = 0; s < 4; s++) {
            socat.write(second.toString());
        }
        log.awaitSamples(4 * 2300);
        long ms = (System.nanoTime() - start) / 1_000_000L;

        assertThat(tracker.stats().garbage()).isZero();
        assertThat(ms).as("four seconds' worth of lines at the baud limit, read in ms").isLessThan(4000);
    }
}
