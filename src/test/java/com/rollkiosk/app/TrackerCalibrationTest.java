package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.config.CalibrationFiles;
import com.rollkiosk.config.SensorSettings;
import com.rollkiosk.domain.CalibrationResult;
import com.rollkiosk.domain.RollerState;
import com.rollkiosk.sensor.EventLog;
import com.rollkiosk.sensor.ContactTracker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's roller in the running kiosk: readings handed over, a calibration saved and used at once. */
class TrackerCalibrationTest {

    private static final long MS = 1_000_000L;
    private static final CalibrationResult.Calibrated NEW = new CalibrationResult.Calibrated(100, 1, 400, 120, 60);

    @TempDir
    Path data;
    private final ContactTracker tracker = new ContactTracker(ContactTracker.settings(SensorSettings.defaults(), null),
            new EventLog());

    @Test
    void readingsAreKeptOnlyWhileListeningAndDrainedInOrder() {
        TrackerCalibration roller = new TrackerCalibration(tracker, SensorSettings.defaults(), data, "sim");
        tracker.onSample(1, 10);
        roller.listen();
        tracker.onSample(2, 11);
        tracker.onSample(3, 12);
        List<Double> got = new ArrayList<>();
        roller.drain((t, v) -> got.add(v));
        tracker.onSample(4, 13);
        roller.stopListening();
        tracker.onSample(5, 14);
        roller.drain((t, v) -> got.add(v));

        assertThat(got).containsExactly(11.0, 12.0);
    }

    @Test
    void connectedOnlyWhileReadingsArrive() {
        TrackerCalibration roller = new TrackerCalibration(tracker, SensorSettings.defaults(), data, "sim");
        assertThat(roller.connected()).isFalse();
        tracker.onConnected("sim");
        assertThat(roller.connected()).isTrue();
        tracker.onUnreadable("Hello");
        assertThat(roller.connected()).isFalse();
    }

    @Test
    void savingWritesTheFileAndTheRunningTrackerUsesItFromTheNextReading() throws Exception {
        TrackerCalibration roller = new TrackerCalibration(tracker, SensorSettings.defaults(), data, "serial:/dev/ttyACM0");
        tracker.onConnected("/dev/ttyACM0");
        tracker.onSample(0, 100);

        assertThat(roller.save(NEW)).isEmpty();
        tracker.onSample(20 * MS, 101);

        var saved = CalibrationFiles.load(CalibrationFiles.in(data)).orElseThrow();
        assertThat(saved.toCalibrated()).isEqualTo(NEW);
        assertThat(saved.sensor()).isEqualTo("serial:/dev/ttyACM0");
        RollerState now = roller.current();
        assertThat(now.source()).isEqualTo(RollerState.Source.CALIBRATION);
        assertThat(now.onLevel()).isEqualTo(120);
    }

    @Test
    void aDataFolderThatCannotBeWrittenSaysWhyAndChangesNothing() throws Exception {
        Path notAFolder = Files.writeString(data.resolve("data"), "a file");
        TrackerCalibration roller = new TrackerCalibration(tracker, SensorSettings.defaults(), notAFolder, "sim");
        tracker.onConnected("sim");
        tracker.onSample(0, 100);

        assertThat(roller.save(NEW)).hasValueSatisfying(why -> assertThat(why).isNotBlank());
        tracker.onSample(20 * MS, 101);

        assertThat(roller.current().source()).isNotEqualTo(RollerState.Source.CALIBRATION);
    }
}
