package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.config.SensorSettings;
import com.rollkiosk.domain.FakeClock;
import com.rollkiosk.domain.SensorStatus;
import com.rollkiosk.sensor.EventLog;
import com.rollkiosk.sensor.ContactTracker;
import com.rollkiosk.ui.DiagnosticsSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Diagnostics gathered from the tracker, the log and the data folder. */
class KioskDiagnosticsTest {

    private static final long MS = 1_000_000L;

    @TempDir
    Path data;
    private final FakeClock clock = new FakeClock();
    private final ContactTracker tracker = new ContactTracker(ContactTracker.settings(SensorSettings.defaults(), null),
            new EventLog());
    private Optional<RotatingLog.Failure> failure = Optional.empty();

    private KioskDiagnostics diagnostics(Path dataDir, String dataOrigin) {
        StaffFiles.InUse files = new StaffFiles.InUse(new StaffFiles.Found(Path.of("/opt/rk/config/kiosk.json"),
                StaffFiles.BESIDE_THE_JAR), new StaffFiles.Found(Path.of("/opt/rk/content"), StaffFiles.GIVEN),
                new StaffFiles.Found(dataDir, dataOrigin), List.of());
        return new KioskDiagnostics(tracker, files, () -> failure, clock);
    }

    @Test
    void theSensorsLinkCountsValueAndPlotComeFromTheTracker() {
        KioskDiagnostics d = diagnostics(data, StaffFiles.PER_USER);
        tracker.onConnected("/dev/ttyACM0");
        tracker.onInfo("# rollkiosk-sensor 1 fsr 50Hz");
        tracker.onGarbage();
        for (long t = 0; t <= 2000; t += 20) {
            tracker.onSample(t * MS, 18 + t / 1000.0);
        }

        DiagnosticsSource.Report r = d.read();

        assertThat(r.status()).isEqualTo(SensorStatus.CONNECTED);
        assertThat(r.port()).isEqualTo("/dev/ttyACM0");
        assertThat(r.info()).isEqualTo("# rollkiosk-sensor 1 fsr 50Hz");
        assertThat(r.value()).isEqualTo(20.0);
        assertThat(r.samples()).isEqualTo(101);
        assertThat(r.garbage()).isEqualTo(1);
        assertThat(r.plot().ageSeconds()[0]).isEqualTo(-2.0);
        assertThat(r.plot().ageSeconds()[r.plot().ageSeconds().length - 1]).isZero();
    }

    @Test
    void beforeAnyReadingThereIsNoValue() {
        assertThat(diagnostics(data, StaffFiles.PER_USER).read().value()).isNull();
    }

    @Test
    void theKioskPartSaysVersionUptimeFilesAndFreeDisk() {
        KioskDiagnostics d = diagnostics(data, StaffFiles.PER_USER);
        clock.advanceSeconds(90);

        DiagnosticsSource.Report r = d.read();

        assertThat(r.version()).isEqualTo(Version.current());
        assertThat(r.uptimeMs()).isEqualTo(90_000);
        assertThat(r.files()).containsExactly(
                new DiagnosticsSource.FileInUse("/opt/rk/config/kiosk.json", DiagnosticsSource.Origin.BESIDE_THE_JAR),
                new DiagnosticsSource.FileInUse("/opt/rk/content", DiagnosticsSource.Origin.GIVEN),
                new DiagnosticsSource.FileInUse(data.toString(), DiagnosticsSource.Origin.PER_USER));
        assertThat(r.freeBytes()).isPositive();
        assertThat(r.logging()).isEqualTo(DiagnosticsSource.Logging.WORKING);
    }

    @Test
    void aFullDiskIsToldApartFromAFolderThatCannotBeWritten() {
        failure = Optional.of(new RotatingLog.Failure(Instant.EPOCH, "No space left on device", 12));
        DiagnosticsSource.Report full = diagnostics(data, StaffFiles.PER_USER).read();
        assertThat(full.logging()).isEqualTo(DiagnosticsSource.Logging.DISK_FULL);
        assertThat(full.logProblem()).isEqualTo("No space left on device");

        failure = Optional.of(new RotatingLog.Failure(Instant.EPOCH, "/data/activity.jsonl", 1));
        assertThat(diagnostics(data, StaffFiles.PER_USER).read().logging())
                .isEqualTo(DiagnosticsSource.Logging.CANNOT_WRITE);
    }

    @Test
    void aDataFolderThatIsAFileIsSaidBeforeTheLogEvenTries() throws Exception {
        Path notAFolder = Files.writeString(data.resolve("data"), "a file");

        DiagnosticsSource.Report r = diagnostics(notAFolder, "given, cannot be created").read();

        assertThat(r.logging()).isEqualTo(DiagnosticsSource.Logging.CANNOT_WRITE);
        assertThat(r.files().get(2).origin()).isEqualTo(DiagnosticsSource.Origin.CANNOT_CREATE);
    }

    @Test
    void aStoppedLogWriterIsSaidWhileTheFolderIsFine() throws Exception {
        RotatingLog log = new RotatingLog(data, "activity", 20, 3, java.time.Clock.systemUTC(), folder -> {
            throw new StackOverflowError("thrown by the test");
        }, 60_000);
        log.append("{\"n\":1}");
        log.append("{\"n\":2}");
        log.append("{\"n\":3}");
        long deadline = System.nanoTime() + 10_000 * MS;
        while (!log.failing() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        failure = log.failure();

        DiagnosticsSource.Report r = diagnostics(data, StaffFiles.PER_USER).read();

        assertThat(r.logging()).isEqualTo(DiagnosticsSource.Logging.CANNOT_WRITE);
        assertThat(r.logProblem()).contains("writer stopped");
        log.close();
    }

    @Test
    void thePortsAutoSawComeFromTheTrackerWithTheWaitUntilTheirNextTry() {
        KioskDiagnostics d = diagnostics(data, StaffFiles.PER_USER);
        tracker.onPorts(List.of(
                new com.rollkiosk.sensor.PortReport("/dev/ttyUSB0", com.rollkiosk.sensor.PortReport.Seen.SILENT, null,
                        clock.nanoTime() + 120_000 * MS),
                new com.rollkiosk.sensor.PortReport("/dev/ttyUSB1", com.rollkiosk.sensor.PortReport.Seen.ROLLER_HELLO, null,
                        com.rollkiosk.sensor.PortReport.NO_PROBE)));
        clock.advanceSeconds(30);

        assertThat(d.ports()).containsExactly(
                new DiagnosticsSource.PortSeen("/dev/ttyUSB0", DiagnosticsSource.Seen.SILENT, null, 90_000L),
                new DiagnosticsSource.PortSeen("/dev/ttyUSB1", DiagnosticsSource.Seen.ROLLER_HELLO, null, null));
    }

    @Test
    void theRollerCheckReadsTheFlowsHoldsAndTheTrackersStuckReading() {
        com.rollkiosk.domain.RollerHealth health = new com.rollkiosk.domain.RollerHealth(3);
        StaffFiles.InUse files = new StaffFiles.InUse(new StaffFiles.Found(Path.of("/opt/rk/config/kiosk.json"),
                StaffFiles.BESIDE_THE_JAR), new StaffFiles.Found(Path.of("/opt/rk/content"), StaffFiles.GIVEN),
                new StaffFiles.Found(data, StaffFiles.PER_USER), List.of());
        KioskDiagnostics d = new KioskDiagnostics(tracker, files, () -> failure, clock, () -> DiagnosticsSource.Sound.OFF, () -> health);
        for (int i = 0; i < 3; i++) {
            health.touchTimedHold();
        }
        tracker.onConnected("/dev/ttyACM0");
        for (long t = 0; t <= 61_000; t += 20) {
            tracker.onSample(t * MS, 0);
        }

        DiagnosticsSource.RollerCheck check = d.rollerCheck();

        assertThat(check.noPersonSeen()).isTrue();
        assertThat(check.holdsWithoutPerson()).isEqualTo(3);
        assertThat(check.stuck()).isTrue();
        assertThat(check.stuckAt()).isZero();
    }

    @Test
    void theLevelsSourceIsTheTrackersOnceReadingsCameAndTheMemorysProblemIsPassedOn() {
        KioskDiagnostics d = diagnostics(data, StaffFiles.PER_USER).levelsMemory(() -> "Read-only file system");
        assertThat(d.levels().source()).as("before any reading").isNull();

        tracker.onConnected("/dev/ttyACM0");
        tracker.onSample(0, 4);

        assertThat(d.levels()).isEqualTo(new DiagnosticsSource.Levels(tracker.state().source(), "Read-only file system"));
    }

    @Test
    void aSensorSourcesReasonIsShownAsItsKindNeverInItsOwnWords() {
        ContactTracker none = new ContactTracker(ContactTracker.settings(SensorSettings.defaults(), null), new EventLog());
        new com.rollkiosk.sensor.NoSensorSource().start(none);
        assertThat(KioskDiagnostics.linkProblem(none.link().lastError())).isEqualTo(DiagnosticsSource.LinkProblem.NO_SENSOR);

        assertThat(KioskDiagnostics.linkProblem(null)).isNull();
        assertThat(KioskDiagnostics.linkProblem("port lost: /dev/ttyACM0")).isEqualTo(DiagnosticsSource.LinkProblem.PORT_LOST);
        assertThat(KioskDiagnostics.linkProblem("nothing received for 1000 ms")).isEqualTo(DiagnosticsSource.LinkProblem.SILENT);
        assertThat(KioskDiagnostics.linkProblem("no such port: /dev/ttyUSB9")).isEqualTo(DiagnosticsSource.LinkProblem.NO_SUCH_PORT);
        assertThat(KioskDiagnostics.linkProblem("permission denied on /dev/ttyACM0: add the kiosk user to the dialout group"))
                .isEqualTo(DiagnosticsSource.LinkProblem.NO_PERMISSION);
        assertThat(KioskDiagnostics.linkProblem("/dev/ttyACM0 is busy: another program (Serial Monitor?) has it open"))
                .isEqualTo(DiagnosticsSource.LinkProblem.BUSY);
        assertThat(KioskDiagnostics.linkProblem("cannot open /dev/ttyACM0 (error 5)")).isEqualTo(DiagnosticsSource.LinkProblem.CANNOT_OPEN);
        assertThat(KioskDiagnostics.linkProblem("no Arduino found (2 USB serial ports checked)"))
                .isEqualTo(DiagnosticsSource.LinkProblem.NO_BOARD_FOUND);
        assertThat(KioskDiagnostics.linkProblem("end of replay")).isEqualTo(DiagnosticsSource.LinkProblem.REPLAY_ENDED);
        assertThat(KioskDiagnostics.linkProblem("serial error: java.lang.IllegalStateException"))
                .isEqualTo(DiagnosticsSource.LinkProblem.OTHER);
    }
}
