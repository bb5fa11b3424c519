package com.rollkiosk.sensor.field;

import java.util.Random;

/**
 * What the roller's sensor makes of a load: its own level when empty, its noise and resolution,
 * its curve, and how its empty level drifts over an hour. Two kinds, each with its parameters
 * drawn from a seed.
 */
public final class SensorModel {

    /** The two sensors our sketch supports. */
    public enum Kind {
        /**
         * A force-sensitive resistor in a divider on {@code analogRead}: about 0–8 when empty, a
         * curve that flattens as the force grows, and saturation near 1023; a person's breathing
         * is only a count or two up there.
         */
        FSR,
        /**
         * A load cell through an HX711: signed 24-bit counts around a large offset (about -84000),
         * a few tens of counts of noise, some 21,000 counts a kilogram, wired either way round.
         */
        LOAD_CELL
    }

    private static final double HX711_MAX = 8_388_607;

    private final Kind kind;
    private final double empty;
    private final double noise;
    private final double driftPerHour;
    /** FSR: force in kg at which the divider reads half scale. Load cell: counts per kg, signed. */
    private final double scale;

    private SensorModel(Kind kind, double empty, double noise, double driftPerHour, double scale) {
        this.kind = kind;
        this.empty = empty;
        this.noise = noise;
        this.driftPerHour = driftPerHour;
        this.scale = scale;
    }

    public static SensorModel of(Kind kind, Random random) {
        return switch (kind) {
            case FSR -> new SensorModel(kind, 2 + 3 * random.nextDouble(), 0.8 + 0.5 * random.nextDouble(),
                    2 + 2 * random.nextDouble(), 2.5 + 1.5 * random.nextDouble());
            case LOAD_CELL -> new SensorModel(kind, -84_000 + 6_000 * (random.nextDouble() - 0.5),
                    20 + 20 * random.nextDouble(), (random.nextBoolean() ? 1 : -1) * (800 + 1200 * random.nextDouble()),
                    (random.nextBoolean() ? 1 : -1) * 21_000 * (0.8 + 0.4 * random.nextDouble()));
        };
    }

    public Kind kind() {
        return kind;
    }

    /**
     * One raw reading, as the ADC gives it: a whole number.
     *
     * @param loadKg   the load through the roller
     * @param hours    how far the empty level has drifted, in hours of drift
     * @param random   the noise
     */
    public long raw(double loadKg, double hours, Random random) {
        double level = empty + driftPerHour * hours;
        return switch (kind) {
            case FSR -> {
                double f = Math.max(0, loadKg);
                double divider = 1023 * f / (f + scale);
                // Pressed, the contact itself adds a little noise to the sensor's own.
                double v = level + divider + random.nextGaussian() * (noise + divider / 400);
                yield Math.round(Math.max(0, Math.min(1023, v)));
            }
            case LOAD_CELL -> {
                double v = level + scale * loadKg + random.nextGaussian() * noise;
                yield Math.round(Math.max(-HX711_MAX - 1, Math.min(HX711_MAX, v)));
            }
        };
    }
}
