package com.rollkiosk.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.domain.RollerSettings;
import org.junit.jupiter.api.Test;

class ContactTrackerTest {

    private final EventLog log = new EventLog();
    private final ContactTracker tracker =
            new ContactTracker(new RollerSettings(0, 0, 0.0, 200.0, 120.0, null), log);

    @Test
    void losingTheSensorWhileSomeoneIsOnEndsContact() {
        tracker.onConnected("p");
        tracker.onSample(1, 600);

        tracker.onDisconnected("port lost");

        assertThat(log.all()).containsExactly("CONNECTED p", "on 600", "off 600", "RECONNECTING port lost");
    }

    @Test
    void oneLossIsReportedOnceHoweverManyRetriesFail() {
        tracker.onConnected("p");
        tracker.onDisconnected("port lost");
        tracker.onDisconnected("no such port: x");
        tracker.onDisconnected("permission denied");

        assertThat(log.all()).containsExactly("CONNECTED p", "RECONNECTING port lost");
    }

    @Test
    void onlyConnectionsAfterTheFirstCountAsReconnects() {
        tracker.onConnected("p");
        tracker.onDisconnected("port lost");
        tracker.onConnected("p");

        assertThat(tracker.stats().reconnects()).isEqualTo(1);
    }

    @Test
    void countsSamplesGarbageAndContacts() {
        tracker.onSample(1, 600);
        tracker.onSample(2, 0);
        tracker.onSample(3, 600);
        tracker.onGarbage();

        assertThat(tracker.stats()).isEqualTo(new SensorStats(3, 1, 1, 2, 0));
    }

    @Test
    void unreadableCountsEveryLineWithoutAReadingGarbageCountsOnlyTheSkippedOnes() {
        tracker.onGarbage();
        tracker.onGarbage();
        tracker.onInfo("# rollkiosk-sensor 1 fsr 50Hz");
        tracker.onSample(1, 0);

        assertThat(tracker.stats().garbage()).isEqualTo(2);
        assertThat(tracker.stats().unreadable()).isEqualTo(3);
    }

    @Test
    void anUnreadablePortEndsContactAndIsReportedWithItsExampleLine() {
        tracker.onConnected("p");
        tracker.onSample(1, 600);

        tracker.onUnreadable("Hello");

        assertThat(log.all()).containsExactly("CONNECTED p", "on 600", "off 600", "UNREADABLE Hello");
    }

    @Test
    void aReadingAfterUnreadableMakesItConnectedAgainWithoutCountingAReconnect() {
        tracker.onConnected("p");
        tracker.onUnreadable("Hello");
        tracker.onSample(1, 0);
        tracker.onSample(2, 0);

        assertThat(log.all()).containsExactly("CONNECTED p", "UNREADABLE Hello", "CONNECTED p");
        assertThat(tracker.stats().reconnects()).isZero();
    }

    @Test
    void losingAnUnreadablePortIsReportedAsLost() {
        tracker.onConnected("p");
        tracker.onUnreadable("Hello");
        tracker.onDisconnected("port lost");

        assertThat(log.all()).containsExactly("CONNECTED p", "UNREADABLE Hello", "RECONNECTING port lost");
    }
}
