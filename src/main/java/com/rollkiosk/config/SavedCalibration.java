package com.rollkiosk.config;

import com.rollkiosk.domain.CalibrationResult;

/**
 * A calibration as {@code calibrate} saves it in the data folder ({@code calibration.json}), in the
 * sensor's own units. Every field is required; {@link CalibrationFiles} checks them.
 *
 * @param baseline     the empty roller's reading
 * @param noise        the empty roller's noise, a standard deviation
 * @param loadedLevel  the reading with a person lying still on it
 * @param onThreshold  contact starts this far from the baseline towards the loaded level
 * @param offThreshold contact ends nearer than this
 * @param savedAt      when it was measured (ISO instant), for staff
 * @param sensor       which sensor it was measured on, for staff
 */
public record SavedCalibration(Double baseline, Double noise, Double loadedLevel, Double onThreshold,
                               Double offThreshold, String savedAt, String sensor) {

    public static SavedCalibration of(CalibrationResult.Calibrated c, String savedAt, String sensor) {
        return new SavedCalibration(c.baseline(), c.noise(), c.loadedLevel(), c.onThreshold(), c.offThreshold(),
                savedAt, sensor);
    }

    public CalibrationResult.Calibrated toCalibrated() {
        return new CalibrationResult.Calibrated(baseline, noise, loadedLevel, onThreshold, offThreshold);
    }
}
