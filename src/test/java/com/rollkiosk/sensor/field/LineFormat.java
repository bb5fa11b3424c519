package com.rollkiosk.sensor.field;

import java.util.ArrayDeque;
import java.util.Locale;

/**
 * The four ways a roller's board prints, each with its sensor, rate, and what it says after a reset.
 */
public enum LineFormat {

    /** Our sketch as shipped: its hello line, then {@code analogRead} of the FSR at 50 Hz. */
    PROTOCOL("our protocol (FSR)", SensorModel.Kind.FSR, 20),
    /**
     * The HX711_ADC library's Read_1x_load_cell example, uncalibrated ({@code calibrationValue =
     * 696.0}): {@code Starting...}, about 4 s of settling and taring (so a person on the roller then
     * is tared away), {@code Startup is complete}, then {@code Load_cell output val: 12.34} at 10 Hz,
     * each the mean of the last 16 conversions (the library's default smoothing).
     */
    HX711_ADC("HX711_ADC `Load_cell output val:`", SensorModel.Kind.LOAD_CELL, 100),
    /** Raw signed HX711 counts at 10 Hz, no hello: {@code Serial.println(scale.read())}. */
    HX711_RAW("raw HX711 counts", SensorModel.Kind.LOAD_CELL, 100),
    /** {@code Serial.println(analogRead(A0)); delay(10);}: the FSR at about 100 Hz, no hello. */
    ANALOG_READ("bare `analogRead`", SensorModel.Kind.FSR, 10);

    static final String HELLO = "# rollkiosk-sensor 1 fsr 50Hz";
    private static final double HX711_ADC_CALIBRATION = 696.0;
    private static final int HX711_ADC_SAMPLES = 16;
    private static final long HX711_ADC_SETTLE_NANOS = 4_000_000_000L;

    private final String label;
    private final SensorModel.Kind sensor;
    private final long periodNanos;

    LineFormat(String label, SensorModel.Kind sensor, long periodMs) {
        this.label = label;
        this.sensor = sensor;
        this.periodNanos = periodMs * 1_000_000L;
    }

    public String label() {
        return label;
    }

    public SensorModel.Kind sensor() {
        return sensor;
    }

    /** Time between two readings, in the board's time. */
    public long periodNanos() {
        return periodNanos;
    }

    /**
     * How late the sketch's own lines follow the load: the library example's mean of 16
     * conversions at 10 Hz needs 1.6 s to let a change through; the others pass each conversion on.
     */
    public double latencySeconds() {
        return this == HX711_ADC ? HX711_ADC_SAMPLES * periodNanos / 1e9 : 0;
    }

    /** A fresh sketch run: what it prints after a reset, and each reading as a line. */
    public Printer printer() {
        return new Printer(this);
    }

    /** One run of the sketch, from a reset: the library example keeps a running mean and a tare. */
    public static final class Printer {

        private final LineFormat format;
        private final ArrayDeque<Long> recent = new ArrayDeque<>();
        private double sum;
        private double tare;

        private Printer(LineFormat format) {
            this.format = format;
        }

        /** What the sketch prints at once after the bootloader hands over. */
        public String started() {
            return switch (format) {
                case PROTOCOL -> HELLO + "\r\n";
                case HX711_ADC -> "\r\nStarting...\r\n";
                case HX711_RAW, ANALOG_READ -> "";
            };
        }

        /** Whether it tares on what the cell reads while it settles: a person on then reads as nothing. */
        public boolean tares() {
            return format == HX711_ADC;
        }

        /** How long it then settles, silent, before its first reading. */
        public long settleNanos() {
            return format == HX711_ADC ? HX711_ADC_SETTLE_NANOS : 0;
        }

        /** Fed every conversion during the settling: the library tares on what the cell reads then. */
        public void settling(long raw) {
            smooth(raw);
        }

        /** What it prints once settled, just before its first reading; tares on the settling's mean. */
        public String settled() {
            if (format != HX711_ADC) {
                return "";
            }
            tare = recent.isEmpty() ? 0 : sum / recent.size();
            return "Startup is complete\r\n";
        }

        /** One reading line, with its line ending. */
        public String line(long raw) {
            if (format != HX711_ADC) {
                return raw + "\r\n";
            }
            smooth(raw);
            double units = (sum / recent.size() - tare) / HX711_ADC_CALIBRATION;
            return "Load_cell output val: " + String.format(Locale.ROOT, "%.2f", units) + "\r\n";
        }

        private void smooth(long raw) {
            recent.addLast(raw);
            sum += raw;
            if (recent.size() > HX711_ADC_SAMPLES) {
                sum -= recent.removeFirst();
            }
        }
    }
}
