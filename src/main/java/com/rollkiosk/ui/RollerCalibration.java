package com.rollkiosk.ui;

import com.rollkiosk.domain.CalibrationResult;
import com.rollkiosk.domain.RollerSettings;
import com.rollkiosk.domain.RollerState;

import java.util.Optional;

/**
 * The roller as the calibration wizard needs it, implemented by the wiring: the UI never reads a
 * port or writes a file. Every method but {@link #save} is called on the event thread.
 */
public interface RollerCalibration {

    /** Readings are arriving. */
    boolean connected();

    /** Starts keeping every reading for {@link #drain}, until {@link #stopListening}. */
    void listen();

    void stopListening();

    /** Hands over the readings kept since the last call, oldest first, and forgets them. */
    void drain(Reading sink);

    /** One reading, with its time on the sensor's clock. */
    @FunctionalInterface
    interface Reading {
        void reading(long tNanos, double value);
    }

    /** What the running kiosk detects with now: the wizard tries a new calibration with the same debounce. */
    RollerSettings settings();

    /** The running kiosk's roller, as last published. */
    RollerState current();

    /**
     * Saves the calibration where the kiosk finds it at start, and has the running kiosk use it at
     * once; the problem, in the system's words, when it could not be saved (nothing changed then).
     * Slow on a slow disk (the file is forced there), so called off the event thread.
     */
    Optional<String> save(CalibrationResult.Calibrated calibration);
}
