package com.rollkiosk.config;

import com.rollkiosk.domain.RollerLevels;

/**
 * The empty roller's levels as the kiosk remembers them in the data folder
 * ({@code roller-levels.json}), in the sensor's own units. {@link RollerLevelsFiles} checks them.
 *
 * @param sensor  the sketch's hello line, or empty for a sketch that sends none
 * @param zero    the empty roller's reading
 * @param noise   its noise per reading, a standard deviation
 * @param sway    how much its level moves from one tenth of a second to the next
 * @param quantum the smallest step the readings showed
 * @param savedAt when (ISO instant), for staff
 */
public record SavedLevels(String sensor, Double zero, Double noise, Double sway, Double quantum, String savedAt) {

    public static SavedLevels of(RollerLevels levels, String savedAt) {
        return new SavedLevels(levels.sensor(), levels.zero(), levels.noise(), levels.sway(), levels.quantum(), savedAt);
    }

    public RollerLevels toLevels() {
        return new RollerLevels(sensor, zero, noise, sway, quantum);
    }
}
