package com.rollkiosk.app;

import com.rollkiosk.config.CalibrationFiles;
import com.rollkiosk.config.SavedCalibration;
import com.rollkiosk.config.SensorSettings;
import com.rollkiosk.domain.CalibrationResult;
import com.rollkiosk.domain.RollerSettings;
import com.rollkiosk.domain.RollerState;
import com.rollkiosk.domain.SensorStatus;
import com.rollkiosk.sensor.ContactTracker;
import com.rollkiosk.ui.RollerCalibration;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The calibration wizard's roller: readings tapped from the running tracker on the source's
 * thread into a queue the wizard drains on the event thread; a calibration saved atomically in
 * the data folder, where the kiosk finds it at start, and handed to the tracker at once.
 */
final class TrackerCalibration implements RollerCalibration {

    /** A minute of a 1 kHz sensor: past it, readings nobody drains are dropped rather than kept. */
    static final int MAX_QUEUED = 60_000;

    private record Taken(long tNanos, double value) {
    }

    private final ContactTracker tracker;
    private final RollerSettings settings;
    private final Path file;
    private final String sensor;
    private final Queue<Taken> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();

    /** @param sensor which sensor this is, saved with the calibration for staff, e.g. {@code serial:/dev/ttyACM0} */
    TrackerCalibration(ContactTracker tracker, SensorSettings settings, Path dataDir, String sensor) {
        this.tracker = tracker;
        this.settings = ContactTracker.settings(settings, null);
        this.file = CalibrationFiles.in(dataDir);
        this.sensor = sensor;
    }

    @Override
    public boolean connected() {
        return tracker.link().status() == SensorStatus.CONNECTED;
    }

    @Override
    public void listen() {
        tracker.tap((t, v) -> {
            if (queued.incrementAndGet() <= MAX_QUEUED) {
                queue.add(new Taken(t, v));
            } else {
                queued.decrementAndGet();
            }
        });
    }

    @Override
    public void stopListening() {
        tracker.tap(null);
        queue.clear();
        queued.set(0);
    }

    @Override
    public void drain(Reading sink) {
        for (Taken r = queue.poll(); r != null; r = queue.poll()) {
            queued.decrementAndGet();
            sink.reading(r.tNanos(), r.value());
        }
    }

    @Override
    public RollerSettings settings() {
        return settings;
    }

    @Override
    public RollerState current() {
        return tracker.state();
    }

    @Override
    public Optional<String> save(CalibrationResult.Calibrated calibration) {
        try {
            CalibrationFiles.save(file, SavedCalibration.of(calibration, Instant.now().toString(), sensor));
        } catch (IOException e) {
            return Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        tracker.calibrate(calibration);
        return Optional.empty();
    }
}
