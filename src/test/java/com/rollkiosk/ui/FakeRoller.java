package com.rollkiosk.ui;

import com.rollkiosk.domain.CalibrationResult;
import com.rollkiosk.domain.RollerSettings;
import com.rollkiosk.domain.RollerState;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** A roller for the wizard without a port: readings are queued by the test on sample time, in ms; any thread. */
final class FakeRoller implements RollerCalibration {

    volatile boolean connected = true;
    volatile boolean listening;
    String saveProblem;
    final List<CalibrationResult.Calibrated> saved = new ArrayList<>();
    private final List<double[]> queued = new ArrayList<>();
    private final Random noise = new Random(5);
    private long t;

    /** 50 Hz readings near {@code level} for {@code ms}, kept only while listening, as the wiring does. */
    synchronized void readings(double level, long ms) {
        for (long end = t + ms; t < end; t += 20) {
            if (listening) {
                queued.add(new double[] {t * 1_000_000.0, level + noise.nextGaussian() * 2});
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
