package com.rollkiosk.sensor;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleFunction;

/**
 * Plays an Arduino on a {@link Socat}: prints the current reading over and over, in the form and
 * at the rate of a {@link Sketch}, ours (a bare integer at 50 Hz) unless told otherwise.
 */
public final class FakeArduino implements AutoCloseable {

    public static final long PERIOD_MS = 20;

    /**
     * How a sketch prints: every {@code periodMs}, {@code linesPerTick} lines, each the current
     * reading as {@code print} writes it. Several lines a tick stand for a fast sketch whose lines
     * USB hands over in packets anyway, and keep the timer's load low.
     */
    public record Sketch(long periodMs, int linesPerTick, DoubleFunction<String> print) {

        /** Ours: {@code Serial.println(analogRead(FSR_PIN))} at 50 Hz. */
        public static final Sketch ROLLKIOSK = new Sketch(PERIOD_MS, 1, FakeArduino::whole);

        /**
         * The olkal/HX711_ADC library's Read_1x_load_cell example: {@code Serial.print("Load_cell
         * output val: "); Serial.println(i)} with a float, so two decimals, at the HX711's 10
         * samples a second. Before its first reading it prints {@link #HX711_ADC_STARTING}, is
         * silent for about 4 s (2.4 s of settling, then taring over 18 conversions), then prints
         * {@link #HX711_ADC_STARTED}.
         */
        public static final Sketch HX711_ADC_EXAMPLE = new Sketch(100, 1,
                v -> "Load_cell output val: " + String.format(Locale.ROOT, "%.2f", v));

        /** What HX711_ADC's example prints at power-up: a blank line and {@code Starting...}. */
        public static final String HX711_ADC_STARTING = "\r\nStarting...\r\n";

        /** What HX711_ADC's example prints once settled and tared, just before its readings. */
        public static final String HX711_ADC_STARTED = "Startup is complete\r\n";

        /** Raw signed HX711 counts, one per line at 10 Hz: our sketch's USE_HX711, or {@code scale.read()}. */
        public static final Sketch HX711_RAW = new Sketch(100, 1, FakeArduino::whole);

        /**
         * The bogde/HX711 library's basic example line, {@code HX711 reading: -123456}, but at
         * 10 Hz: the example itself waits a second between lines.
         */
        public static final Sketch HX711_READING = new Sketch(100, 1, v -> "HX711 reading: " + whole(v));

        /** A bare {@code Serial.println(analogRead(A0))} loop at 1 kHz: ten lines every 10 ms. */
        public static final Sketch ANALOG_READ_1KHZ = new Sketch(10, 10, FakeArduino::whole);

        /** A sketch that talks but gives no reading: the same line ten times a second. */
        public static Sketch text(String line) {
            return new Sketch(100, 1, v -> line);
        }
    }

    private final Socat socat;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fake-arduino");
        t.setDaemon(true);
        return t;
    });
    private final java.util.concurrent.Semaphore printed = new java.util.concurrent.Semaphore(0);
    private volatile double value;
    private volatile Sketch sketch;
    private ScheduledFuture<?> printing;

    public FakeArduino(Socat socat, double initial) {
        this(socat, Sketch.ROLLKIOSK, initial);
    }

    public FakeArduino(Socat socat, Sketch sketch, double initial) {
        this.socat = socat;
        this.value = initial;
        play(sketch);
    }

    /** Switches to another sketch from the next tick on, as if it had been flashed. */
    public synchronized void play(Sketch next) {
        sketch = next;
        if (printing != null) {
            printing.cancel(false);
        }
        printing = timer.scheduleAtFixedRate(this::send, 0, next.periodMs(), TimeUnit.MILLISECONDS);
    }

    public void set(double newValue) {
        value = newValue;
    }

    /** Holds {@code level} for {@code ms}, then returns to {@code after}: a bump on the roller. */
    public Future<?> pulse(double level, long ms, double after) {
        value = level;
        return timer.schedule(() -> set(after), ms, TimeUnit.MILLISECONDS);
    }

    private void send() {
        Sketch now = sketch;
        String line = now.print().apply(value) + "\r\n";
        try {
            socat.write(now.linesPerTick() == 1 ? line : line.repeat(now.linesPerTick()));
            printed.release(now.linesPerTick());
        } catch (IOException e) {
            // socat was killed on purpose by the test; keep trying, as an Arduino keeps printing
        }
    }

    /** Waits until the sketch has printed {@code seconds} of its lines from now, at its own rate; at most 10 s. */
    public void awaitPrinting(double seconds) throws InterruptedException {
        printed.drainPermits();
        Sketch now = sketch;
        int lines = (int) Math.ceil(seconds * 1000 / now.periodMs()) * now.linesPerTick();
        if (!printed.tryAcquire(lines, 10, TimeUnit.SECONDS)) {
            throw new AssertionError(lines + " lines not printed within 10 s");
        }
    }

    private static String whole(double v) {
        return Long.toString(Math.round(v));
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
