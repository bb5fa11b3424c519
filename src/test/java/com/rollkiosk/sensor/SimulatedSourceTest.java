package com.rollkiosk.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.config.SensorSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class SimulatedSourceTest {

    @Test
    void buttonsDriveContactOnAndOff() throws Exception {
        SensorSettings settings = SensorSettings.defaults();
        EventLog log = new EventLog();
        ContactTracker tracker = new ContactTracker(ContactTracker.settings(settings, null), log);
        SimulatedSource sim = new SimulatedSource(SimulatedRoller.forSettings(settings, 1), System::nanoTime);
        try {
            sim.start(log.listenerFor(tracker));
            assertThat(log.await("CONNECTED")).isEqualTo("CONNECTED sim");
            // The automatic zero measures the empty roller for its first second.
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (tracker.state().learning()) {
                assertThat(System.nanoTime()).as("learned within 5 s").isLessThan(deadline);
                log.awaitSamples(1);
            }

            sim.getOn();
            assertThat(log.await("on")).isNotNull();
            sim.getOff();
            assertThat(log.await("off")).isNotNull();
        } finally {
            sim.stop();
        }
    }
}
