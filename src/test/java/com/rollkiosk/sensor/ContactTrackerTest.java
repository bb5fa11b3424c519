package com.rollkiosk.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.domain.RollerLevels;
import com.rollkiosk.domain.RollerSettings;
import com.rollkiosk.domain.RollerState;
import com.rollkiosk.domain.SensorStatus;
import java.util.ArrayList;
import java.util.List;
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
    void whoeverHearsOfAStatusChangeReadsTheLinkItDescribes() {
        List<String> heard = new ArrayList<>();
        ContactTracker[] self = new ContactTracker[1];
        self[0] = new ContactTracker(RollerSettings.automatic(0, 0), new StatusListener((status, detail) ->
                heard.add(status + " " + self[0].link().status() + " " + self[0].link().port())));

        self[0].onConnected("/dev/ttyUSB1");
        self[0].onDisconnected("port lost");

        assertThat(heard).containsExactly("CONNECTED CONNECTED /dev/ttyUSB1", "RECONNECTING RECONNECTING /dev/ttyUSB1");
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

    /** A memory that hands out what it was given, and counts what it was offered. */
    private static final class Memory implements LevelsMemory {
        RollerLevels kept;
        final java.util.List<RollerLevels> offered = new java.util.ArrayList<>();

        @Override
        public RollerLevels recall() {
            return kept;
        }

        @Override
        public void remember(RollerLevels levels) {
            offered.add(levels);
            kept = levels;
        }
    }

    @Test
    void aConnectionStartsFromTheLevelsRememberedForTheSensorThatSaysHello() {
        Memory memory = new Memory();
        memory.kept = new RollerLevels("# rollkiosk-sensor 1 fsr 50Hz", 4, 0.6, 0.3, 1);
        ContactTracker remembering = new ContactTracker(RollerSettings.automatic(0, 0), log, memory);

        remembering.onConnected("p");
        remembering.onInfo("# rollkiosk-sensor 1 fsr 50Hz");
        remembering.onSample(1, 300);

        assertThat(remembering.state().source()).isEqualTo(RollerState.Source.REMEMBERED);
        assertThat(log.all()).contains("on 300");
    }

    @Test
    void aSketchWithAnotherHelloLearnsAfresh() {
        Memory memory = new Memory();
        memory.kept = new RollerLevels("# rollkiosk-sensor 1 fsr 50Hz", 4, 0.6, 0.3, 1);
        ContactTracker remembering = new ContactTracker(RollerSettings.automatic(0, 0), log, memory);

        remembering.onConnected("p");
        remembering.onInfo("# rollkiosk-sensor 1 hx711 10Hz");
        remembering.onSample(1, 300);

        assertThat(remembering.state().source()).isEqualTo(RollerState.Source.AUTOMATIC);
        assertThat(remembering.state().learning()).isTrue();
    }

    @Test
    void surelyEmptyStretchesAreHandedToTheMemoryForTheSensorConnected() {
        Memory memory = new Memory();
        ContactTracker remembering = new ContactTracker(RollerSettings.automatic(150, 700), log, memory);

        remembering.onConnected("p");
        remembering.onInfo("# rollkiosk-sensor 1 fsr 50Hz");
        java.util.Random random = new java.util.Random(1);
        for (long ms = 0; ms <= 15_000; ms += 20) {
            remembering.onSample(ms * 1_000_000L, 4 + Math.rint(0.6 * random.nextGaussian()));
        }

        assertThat(memory.offered).hasSize(1);
        assertThat(memory.offered.get(0).sensor()).isEqualTo("# rollkiosk-sensor 1 fsr 50Hz");
        assertThat(memory.offered.get(0).zero()).isEqualTo(4);
    }
}
