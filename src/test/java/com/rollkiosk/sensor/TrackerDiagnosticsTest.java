package com.rollkiosk.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.domain.CalibrationResult;
import com.rollkiosk.domain.RollerSettings;
import com.rollkiosk.domain.RollerState;
import com.rollkiosk.domain.SensorStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the tracker keeps for staff: the link's story, the last 30 s, a tap for the wizard, a new calibration. */
class TrackerDiagnosticsTest {

    private static final long MS = 1_000_000L;
    private final EventLog log = new EventLog();
    private final ContactTracker tracker = new ContactTracker(RollerSettings.automatic(0, 0), log);

    @Test
    void theLinkReportTellsPortInfoLineExampleAndLastError() {
        assertThat(tracker.link()).isEqualTo(LinkReport.NONE);
        tracker.onConnected("/dev/ttyACM0");
        tracker.onInfo("# rollkiosk-sensor 1 fsr 50Hz");
        assertThat(tracker.link()).isEqualTo(new LinkReport(SensorStatus.CONNECTED, "/dev/ttyACM0",
                "# rollkiosk-sensor 1 fsr 50Hz", null, null));

        tracker.onUnreadable("Hello world");
        assertThat(tracker.link().status()).isEqualTo(SensorStatus.UNREADABLE);
        assertThat(tracker.link().example()).isEqualTo("Hello world");

        tracker.onDisconnected("port lost");
        assertThat(tracker.link()).isEqualTo(new LinkReport(SensorStatus.RECONNECTING, "/dev/ttyACM0",
                "# rollkiosk-sensor 1 fsr 50Hz", null, "port lost"));

        tracker.onConnected("/dev/ttyACM1");
        tracker.onSample(1, 5);
        assertThat(tracker.link().status()).isEqualTo(SensorStatus.CONNECTED);
        assertThat(tracker.link().port()).isEqualTo("/dev/ttyACM1");
        assertThat(tracker.link().lastError()).as("the last error stays for staff").isEqualTo("port lost");
    }

    @Test
    void recentKeepsTheLast30SecondsAtPublishingRate() {
        tracker.onConnected("p");
        for (long t = 0; t <= 40_000; t += 10) {
            tracker.onSample(t * MS, t);
        }
        RecentValues.Snapshot recent = tracker.recent();

        assertThat(recent.values()[recent.values().length - 1]).isEqualTo(40_000);
        assertThat(recent.values()[0]).isEqualTo(10_000);
        assertThat(recent.values()).hasSize(751);
        assertThat(recent.tNanos()).isSorted();
    }

    @Test
    void aNewConnectionStartsANewPlot() {
        tracker.onConnected("p");
        tracker.onSample(0, 1);
        tracker.onConnected("p");

        assertThat(tracker.recent().values()).isEmpty();
    }

    @Test
    void theTapSeesEveryReadingUntilRemoved() {
        List<Double> seen = new ArrayList<>();
        tracker.tap((t, v) -> seen.add(v));
        tracker.onSample(1, 7);
        tracker.onSample(2, 8);
        tracker.tap(null);
        tracker.onSample(3, 9);

        assertThat(seen).containsExactly(7.0, 8.0);
    }

    @Test
    void aNewCalibrationDecidesContactFromTheNextReading() {
        tracker.onConnected("p");
        for (long t = 0; t < 2000; t += 20) {
            tracker.onSample(t * MS, 100 + (t / 20) % 2);
        }
        assertThat(tracker.state().source()).isEqualTo(RollerState.Source.AUTOMATIC);

        tracker.calibrate(new CalibrationResult.Calibrated(100, 1, 400, 120, 60));
        tracker.onSample(2000 * MS, 150);

        RollerState state = tracker.state();
        assertThat(state.source()).isEqualTo(RollerState.Source.CALIBRATION);
        assertThat(state.onLevel()).isEqualTo(120);
        assertThat(state.offLevel()).isEqualTo(60);
        assertThat(log.all()).as("150 is 50 from the new empty level: nobody").doesNotContain("on 150");
        tracker.onSample(2020 * MS, 260);
        assertThat(log.all()).contains("on 260");
    }
}
