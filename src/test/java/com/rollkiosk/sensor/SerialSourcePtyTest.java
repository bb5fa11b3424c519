package com.rollkiosk.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.config.SensorSettings;
import com.rollkiosk.domain.Clock;
import com.rollkiosk.domain.FakeClock;
import com.rollkiosk.sensor.FakeArduino.Sketch;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
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
            150, 300, 400, 50, 200, null);

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
        socat.write("hello\n" + "99999999999\n" + overLong + "\n" + "5x00\r\n" + "1,500\n" + "nan\r" + "HX711\n");
        socat.write("1\n");
        log.awaitSamples(1);

        assertThat(tracker.stats().garbage()).isEqualTo(7);
        assertThat(tracker.stats().samples()).isEqualTo(1);
        assertThat(log.all()).noneMatch(e -> e.startsWith("on"));
    }

    @Test
    void bootloaderJunkWithANumberRightAfterOpeningIsGarbageNotAReading() throws Exception {
        socat.write("\u00f0\u008c 8\n" + "20\n");
        log.awaitSamples(1);

        assertThat(tracker.stats().garbage()).isEqualTo(1);
        assertThat(tracker.stats().samples()).isEqualTo(1);
        assertThat(tracker.state().lastValue()).isEqualTo(20);
    }

    /** Replaces the source the test started with one on other settings or another clock. */
    private void reconnect(SensorSettings settings, Clock clock, long startupGraceMs) throws Exception {
        source.stop();
        source = new SerialSource(socat.deviceEnd().toString(), settings, clock, startupGraceMs);
        tracker = new ContactTracker(ContactTracker.settings(settings, null), log);
        source.start(log.listenerFor(tracker));
        log.await("CONNECTED");
    }

    @Test
    void fieldSettingChoosesWhichNumberOfALineIsTheReading() throws Exception {
        reconnect(new SensorSettings(null, null, 0.0, 200.0, 120.0, 150, 300, 400, 50, 200, 2), System::nanoTime, 400);

        arduino = new FakeArduino(socat, new Sketch(20, 1, v -> "t=" + EMPTY + " v=" + v + " kg"), PRESSED);

        assertThat(log.await("on")).isEqualTo("on " + PRESSED);
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
        assertThat(log.await("RECONNECTING")).contains("nothing received for 400 ms");
    }

    @Test
    void portThatTalksWithoutReadingsIsUnreadableOnceAndIsNotReopened() throws Exception {
        long start = System.nanoTime();
        arduino = new FakeArduino(socat, Sketch.text("Hello"), EMPTY);

        assertThat(log.await("UNREADABLE")).isEqualTo("UNREADABLE Hello");
        long ms = (System.nanoTime() - start) / 1_000_000L;
        log.forgetGarbage();
        log.awaitGarbage(10);

        assertThat(ms).as("ms of Hello lines before the report").isGreaterThanOrEqualTo(PortReader.UNREADABLE_MS);
        assertThat(log.all()).containsExactly("CONNECTED " + socat.deviceEnd(), "UNREADABLE Hello");
        assertThat(tracker.stats().reconnects()).isZero();
    }

    @Test
    void readingsAfterUnreadableBringConnectedBackAndDriveContact() throws Exception {
        arduino = new FakeArduino(socat, Sketch.text("Hello"), PRESSED);
        log.await("UNREADABLE");

        arduino.play(Sketch.ROLLKIOSK);

        assertThat(log.await("CONNECTED")).isEqualTo("CONNECTED " + socat.deviceEnd());
        assertThat(log.await("on")).isEqualTo("on " + PRESSED);
        assertThat(log.all()).noneMatch(e -> e.startsWith("RECONNECTING"));
        assertThat(tracker.stats().reconnects()).isZero();
    }

    /** A clock the test moves, and a count of the reader's looks at it: each is one pass of its read loop. */
    private final FakeClock time = new FakeClock();
    private final Semaphore looks = new Semaphore(0);
    private final Clock watchedTime = () -> {
        looks.release();
        return time.nanoTime();
    };

    /** Moves time on and waits until the reader has looked at the clock twice since, so it has judged the gap. */
    private void pause(long ms) throws InterruptedException {
        time.advanceMillis(ms);
        looks.drainPermits();
        assertThat(looks.tryAcquire(2, 5, TimeUnit.SECONDS)).as("the reader went on reading").isTrue();
    }

    @Test
    void aPauseAfterALineBeforeTheFirstReadingMayLastTheStartupGrace() throws Exception {
        reconnect(SETTINGS, watchedTime, 1000);
        socat.write(Sketch.HX711_ADC_STARTING);
        log.awaitGarbage(2);

        pause(900);
        arduino = new FakeArduino(socat, Sketch.HX711_ADC_EXAMPLE, 12.34);
        log.awaitSamples(3);

        assertThat(log.all()).noneMatch(e -> e.startsWith("RECONNECTING"));
    }

    /** Writes one line that is not a reading, at the clock's current time, and waits until it is read. */
    private void textLine(String line) throws Exception {
        socat.write(line + "\r\n");
        log.awaitGarbage(1);
    }

    @Test
    void aPauseLongerThanTheSilenceTimeoutStartsTheUnreadableCountAfresh() throws Exception {
        reconnect(SETTINGS, watchedTime, 1000);
        socat.write(Sketch.HX711_ADC_STARTING);
        log.awaitGarbage(2);
        pause(900);
        textLine("Startup is complete");
        for (int i = 0; i < 4; i++) {
            pause(350);
            textLine("Tare complete");
        }
        assertThat(log.all()).as("%d ms after the first line", 900 + 4 * 350).noneMatch(e -> e.startsWith("UNREADABLE"));

        for (int i = 0; i < 2; i++) {
            pause(350);
            textLine("Tare complete");
        }

        assertThat(log.await("UNREADABLE")).as("%d ms after the pause", 6 * 350).isEqualTo("UNREADABLE Tare complete");
    }

    @Test
    void afterTheFirstReadingThePortMayPauseOnlyTheSilenceTimeout() throws Exception {
        reconnect(SETTINGS, watchedTime, 1000);
        arduino = new FakeArduino(socat, EMPTY);
        log.awaitSamples(3);
        arduino.close();
        pause(0);

        pause(SETTINGS.silenceTimeoutMs() + 100);

        assertThat(log.await("RECONNECTING")).contains("nothing received for 400 ms");
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
        log.awaitSamples(4 * 2300 - 1);
        long ms = (System.nanoTime() - start) / 1_000_000L;

        assertThat(tracker.stats().garbage()).as("only the first line, which may be cut").isEqualTo(1);
        assertThat(ms).as("four seconds' worth of lines at the baud limit, read in ms").isLessThan(4000);
    }
}
