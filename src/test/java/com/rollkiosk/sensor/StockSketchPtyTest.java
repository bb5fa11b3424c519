package com.rollkiosk.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Lines as stock sketches print them, through a real pty, read as the numbers they carry. */
@Timeout(30)
class StockSketchPtyTest {

    @TempDir
    Path dir;
    private Socat socat;
    private SerialSource source;
    private FakeArduino arduino;
    private final BlockingQueue<Double> values = new LinkedBlockingQueue<>();
    private final CountingListener listener = new CountingListener(values::add);

    @BeforeEach
    void connect() throws Exception {
        socat = Socat.start(dir);
        source = new SerialSource(socat.deviceEnd().toString(), SerialSourcePtyTest.SETTINGS, System::nanoTime, 400);
        source.start(listener);
        // Opening flushes what was sent before: a sketch started earlier could leave a half line.
        assertThat(listener.awaitConnected(5)).as("connected within 5 s").isTrue();
    }

    @AfterEach
    void disconnect() throws Exception {
        source.stop();
        arduino.close();
        socat.close();
    }

    /** The next {@code count} readings, failing after 5 s. */
    private List<Double> next(int count) throws InterruptedException {
        List<Double> got = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (got.size() < count) {
            Double v = values.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            assertThat(v).as("reading %d of %d within 5 s", got.size() + 1, count).isNotNull();
            got.add(v);
        }
        return got;
    }

    @Test
    void hx711AdcExampleLinesReadAsTheirDecimals() throws Exception {
        arduino = new FakeArduino(socat, FakeArduino.Sketch.HX711_ADC_EXAMPLE, 12.34);
        assertThat(next(3)).containsOnly(12.34);

        arduino.set(-3.5);
        values.clear();
        assertThat(next(3)).endsWith(-3.5);
        assertThat(listener.garbage).as("only the first line, which may be cut").hasValue(1);
    }

    @Test
    void rawSignedHx711CountsWithALargeOffsetReadAsThemselves() throws Exception {
        arduino = new FakeArduino(socat, FakeArduino.Sketch.HX711_RAW, -183_456);

        assertThat(next(3)).containsOnly(-183_456.0);
    }

    @Test
    void hx711LibraryLinesReadPastTheWordHx711() throws Exception {
        arduino = new FakeArduino(socat, FakeArduino.Sketch.HX711_READING, 8_300_123);

        assertThat(next(3)).containsOnly(8_300_123.0);
        assertThat(listener.garbage).as("only the first line, which may be cut").hasValue(1);
    }

    @Test
    void bareAnalogReadAtOneKilohertzIsReadInFull() throws Exception {
        arduino = new FakeArduino(socat, FakeArduino.Sketch.ANALOG_READ_1KHZ, 1023);
        next(1);
        long start = System.nanoTime();

        assertThat(next(2000)).containsOnly(1023.0);
        double perSecond = 2000 / ((System.nanoTime() - start) / 1e9);
        assertThat(perSecond).as("readings a second").isGreaterThan(500);
        assertThat(listener.garbage).as("only the first line, which may be cut").hasValue(1);
    }
}
