package com.rollkiosk.ui;

import com.rollkiosk.domain.CalibrationResult;
import com.rollkiosk.domain.RollerSettings;
import com.rollkiosk.domain.RollerState;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A roller for the wizard without a port, for {@code preview} and tests: readings made up at 50 Hz
 * on their own time, kept while listening as the wiring does; any thread.
 */
final class MadeUpRoller implements RollerCalibration {

    volatile boolean connected = true;
    volatile boolean listening;
    String saveProblem;
    final List<CalibrationResult.Calibrated> saved = new ArrayList<>();
    private final List<double[]> queued = new ArrayList<>();
    private long t;

    /** 50 Hz readings near {@code level} for {@code ms}, with a little wobble. */
    synchronized void readings(double level, long ms) {
        for (long end = t + ms; t < end; t += 20) {
            if (listening) {
                queued.add(new double[] {t * 1_000_000.0, level + 2 * Math.sin(t * 0.37)});
            }
        }
    }

    @Override
    public boolean connected() {
        return connected;
    }

    @Override
    public synchronized void listen() {
        listening = true;
    }

    @Override
    public synchronized void stopListening() {
        listening = false;
        queued.clear();
    }

    @Override
    public synchronized void drain(Reading sink) {
        for (double[] r : queued) {
            sink.reading((long) r[0], r[1]);
        }
        queued.clear();
    }

    @Override
    public RollerSettings settings() {
        return RollerSettings.automatic(0, 0);
    }

    @Override
    public RollerState current() {
        return RollerState.none(RollerState.Source.AUTOMATIC);
    }

    @Override
    public Optional<String> save(CalibrationResult.Calibrated calibration) {
        if (saveProblem != null) {
            return Optional.of(saveProblem);
        }
        saved.add(calibration);
        return Optional.empty();
    }
}
