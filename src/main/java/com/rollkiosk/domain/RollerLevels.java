package com.rollkiosk.domain;

/**
 * The empty roller as the automatic zero learned it, worth keeping across connections and restarts:
 * the empty level belongs to the roller, not to one connection, and stays put for days but for
 * slow drift.
 *
 * @param sensor  which sensor it was learned on: the sketch's hello line, or empty when the sketch
 *                sends none; levels of another sensor are never used
 * @param zero    the empty roller's reading
 * @param noise   its noise per reading, as a standard deviation
 * @param sway    how much its level moves from one tenth of a second to the next, as a standard deviation
 * @param quantum the sensor's resolution: the smallest step its readings show
 */
public record RollerLevels(String sensor, double zero, double noise, double sway, double quantum) {

    public RollerLevels {
        if (sensor == null) {
            sensor = "";
        }
        if (!Double.isFinite(zero) || !(noise >= 0) || !(sway >= 0) || !(quantum > 0)
                || Double.isInfinite(noise) || Double.isInfinite(sway) || Double.isInfinite(quantum)) {
            throw new IllegalArgumentException("levels must be finite, noise and sway not negative, quantum above 0");
        }
    }

    /** These levels, for a connection to {@code otherSensor}: null when they were learned on another. */
    public RollerLevels forSensor(String otherSensor) {
        return sensor.equals(otherSensor == null ? "" : otherSensor) ? this : null;
    }
}
