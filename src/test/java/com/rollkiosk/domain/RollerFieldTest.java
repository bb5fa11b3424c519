package com.rollkiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The roller's hard cases on each kind of sensor it meets, at the sensor's own rate, resolution and
 * noise, with people who breathe: someone already on at connect, a light hold right after a heavy
 * one, an hour of drift with visitors.
 */
class RollerFieldTest {

    /** A sensor as the kiosk meets it: rate, empty reading, a heavy person's load, noise, decimals. */
    enum Sensor {
        FSR_OUR_SKETCH(50, 4, 700, 0.6, 0),
        HX711_RAW_COUNTS(10, -84_000, 300_000, 50, 0),
        HX711_LIBRARY_KG(10, 0.02, 35, 0.01, 2),
        ANALOG_READ_1KHZ(1000, 7, 500, 2, 0);

        final double rateHz;
        final double zero;
        final double heavy;
        final double noise;
        final int decimals;

        Sensor(double rateHz, double zero, double heavy, double noise, int decimals) {
            this.rateHz = rateHz;
            this.zero = zero;
            this.heavy = heavy;
            this.noise = noise;
            this.decimals = decimals;
        }

        Signal play(double seconds, long seed, DoubleUnaryOperator load) {
            double scale = Math.pow(10, decimals);
            Signal s = Signal.of(rateHz, seconds, zero * scale, heavy * scale, noise * scale, seed, load);
            for (int i = 0; i < s.value.length; i++) {
                s.value[i] /= scale;
            }
            return s;
        }
    }

    private static Roller automatic() {
        return new Roller(RollerSettings.automatic(150, 700));
    }

    private static long nanos(double seconds) {
        return Math.round(seconds * 1e9);
    }

    @ParameterizedTest
    @EnumSource(Sensor.class)
    void someoneOnAtConnectIsSortedOutWithinSixSecondsOfLeavingAndTheNextPersonIsSeen(Sensor sensor) {
        // On from before the connection, off at 8 s; the next person from 20 s to 40 s.
        Signal signal = sensor.play(45, 1, s -> Signal.visit(-1, 8).applyAsDouble(s)
                + 0.6 * Signal.visit(20, 40).applyAsDouble(s));

        RecordingEvents events = signal.play(automatic());

        assertThat(events.contacts()).containsExactly("on", "off", "on", "off");
        assertThat(events.events.get(0).tNanos()).as("the person found on it by their breathing").isLessThan(nanos(5));
        assertThat(events.events.stream().filter(e -> e.what().equals("off")).findFirst().orElseThrow().tNanos())
                .as("empty within 6 s of leaving").isBetween(nanos(8.4), nanos(8.4 + 6));
        assertThat(events.events.stream().filter(e -> e.what().equals("on")).skip(1).findFirst().orElseThrow().tNanos())
                .as("the next person seen as they get on").isBetween(nanos(20), nanos(21));
    }

    @ParameterizedTest
    @EnumSource(Sensor.class)
    void aLightHoldAtFifteenPerCentRightAfterAHeavyOneIsHeldThroughout(Sensor sensor) {
        Signal signal = sensor.play(130, 2, s -> Signal.visit(2, 32).applyAsDouble(s)
                + 0.15 * Signal.visit(34, 124).applyAsDouble(s));

        RecordingEvents events = signal.play(automatic());

        assertThat(events.contacts()).containsExactly("on", "off", "on", "off");
        assertThat(events.events.stream().filter(e -> e.what().equals("off")).skip(1).findFirst().orElseThrow().tNanos())
                .as("the light hold lasts its 90 s").isGreaterThan(nanos(124));
    }

    @ParameterizedTest
    @EnumSource(value = Sensor.class, names = {"FSR_OUR_SKETCH", "HX711_RAW_COUNTS", "HX711_LIBRARY_KG"})
    void anHourOfDriftWithAVisitorEveryTenMinutesMakesOneContactEach(Sensor sensor) {
        // The empty level creeps by two heavy persons' worth of on levels over the hour.
        double creep = 30 * Math.max(sensor.noise, Math.pow(10, -sensor.decimals));
        Signal signal = sensor.play(3600, 3, s -> creep / sensor.heavy * s / 3600
                + 0.5 * Signal.visit(300, 390).applyAsDouble(s % 600));

        RecordingEvents events = signal.play(automatic());

        assertThat(events.contacts()).hasSize(12).containsOnly("on", "off");
    }

    @Test
    void aColdCellsDriftThroughTheLibraryExamplesMeanIsFollowedAndTheNextPersonSeen() {
        // Two counts a second for a quarter of an hour (a cold cell's worst), printed as the HX711_ADC
        // example does: the mean of its last 16 conversions, tared, at 696 counts a unit, two decimals.
        // Its thresholds are a few hundredths: a 30 s follower would lag the drift past them.
        double countsPerUnit = 696;
        Signal signal = Signal.of(10, 900, -84_000, 1, 30, 4,
                s -> 2 * s + 30 * countsPerUnit * Signal.visit(600, 625).applyAsDouble(s));
        double[] raw = signal.value.clone();
        double sum = 0;
        for (int i = 0; i < raw.length; i++) {
            sum += raw[i] - (i >= 16 ? raw[i - 16] : 0);
            double mean = sum / Math.min(i + 1, 16);
            signal.value[i] = Math.rint((mean + 84_000) / countsPerUnit * 100) / 100;
        }

        RecordingEvents events = signal.play(automatic());

        assertThat(events.contacts()).as("one visitor in a quarter of an hour of drift").containsExactly("on", "off");
        assertThat(events.events.get(0).tNanos()).isBetween(nanos(600), nanos(601.5));
    }
}
