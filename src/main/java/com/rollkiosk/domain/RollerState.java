package com.rollkiosk.domain;

/**
 * The roller at one moment, for gauges, coaching and diagnostics. Levels are in the sensor's own
 * units as distances from the empty level towards loaded; {@link #level()} and the two marks are
 * fractions of the full scale, the loaded level, so a gauge can draw them directly.
 *
 * @param source     where the empty level and thresholds come from
 * @param learning   true while the automatic zero is still measuring the empty roller
 * @param lastValue  the latest raw reading
 * @param zero       the empty roller's reading
 * @param noise      the empty roller's noise, as a standard deviation
 * @param load       the smoothed load: distance of the reading from zero, towards loaded
 * @param onLevel    load above which contact starts
 * @param offLevel   load below which contact ends
 * @param fullScale  the load a person puts on it: calibrated, learned, or a guess from the on level
 * @param contact    someone is on the roller
 * @param steadiness how they load it, or null when nobody is on or it is too soon to tell
 * @param saturated  the reading has sat at an ADC's end of scale: the sensor cannot see more load
 * @param noisy      the empty roller is so noisy that the calibrated thresholds had to be raised
 */
public record RollerState(Source source, boolean learning, double lastValue, double zero, double noise, double load,
                          double onLevel, double offLevel, double fullScale, boolean contact, Steadiness steadiness,
                          boolean saturated, boolean noisy) {

    /** Where the empty level and thresholds come from, in order of precedence. */
    public enum Source { CALIBRATION, CONFIG, REMEMBERED, AUTOMATIC }

    /** Before any reading. */
    public static RollerState none(Source source) {
        return new RollerState(source, true, 0, 0, 0, 0, 0, 0, 1, false, null, false, false);
    }

    /** The smoothed load as a fraction of the full scale, from 0 (empty) up; above 1 for a heavier person. */
    public double level() {
        return Math.max(0, load / fullScale);
    }

    public double onMark() {
        return onLevel / fullScale;
    }

    public double offMark() {
        return offLevel / fullScale;
    }
}
