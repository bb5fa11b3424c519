package com.rollkiosk.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.domain.FakeClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What keeps a port: the hello line or a few readings; what gives it up: silence, or talk without readings. */
class ProbeGateTest {

    private static final long SECOND = 1_000_000_000L;
    private final FakeClock clock = new FakeClock();
    private final List<String> heard = new ArrayList<>();
    private final List<PortReport.Seen> kept = new ArrayList<>();
    private final SensorListener kiosk = new SensorListener() {
        @Override
        public void onSample(long tNanos, double value) {
            heard.add("sample " + (long) value);
        }

        @Override
        public void onInfo(String line) {
            heard.add("info " + line);
        }

        @Override
        public void onConnected(String port) {
            heard.add("connected " + port);
        }
    };
    private final ProbeGate gate = new ProbeGate("/dev/ttyUSB1", kiosk, clock, 3 * SECOND, 8 * SECOND, kept::add);

    @Test
    void theHelloLineKeepsThePortAndWhatCameBeforeFollowsInOrder() {
        gate.onGarbage();
        gate.onSample(1, 512);
        assertThat(heard).isEmpty();

        gate.onInfo("# rollkiosk-sensor 1 fsr 50Hz");
        gate.onSample(2, 513);

        assertThat(kept).containsExactly(PortReport.Seen.ROLLER_HELLO);
        assertThat(heard).containsExactly("connected /dev/ttyUSB1", "sample 512", "info # rollkiosk-sensor 1 fsr 50Hz",
                "sample 513");
        clock.advanceSeconds(60);
        assertThat(gate.givenUp()).isFalse();
    }

    @Test
    void aBoardThatWasNotResetIsKeptOnItsThirdReading() {
        gate.onSample(1, 20);
        gate.onSample(2, 21);
        assertThat(kept).isEmpty();

        gate.onSample(3, 19);

        assertThat(kept).containsExactly(PortReport.Seen.ROLLER_READINGS);
        assertThat(heard).containsExactly("connected /dev/ttyUSB1", "sample 20", "sample 21", "sample 19");
    }

    @Test
    void aPortThatSendsNothingForThreeSecondsIsSilentAndGivenUp() {
        clock.advanceMillis(2_900);
        assertThat(gate.givenUp()).isFalse();
        clock.advanceMillis(200);

        assertThat(gate.givenUp()).isTrue();
        assertThat(gate.seen()).isEqualTo(PortReport.Seen.SILENT);
        assertThat(heard).as("the kiosk never hears of it").isEmpty();
    }

    @Test
    void aPortThatTalksWithoutReadingsIsGivenUpWithAnExampleLine() {
        clock.advanceSeconds(1);
        gate.onInfo("UPS OK 230V");
        gate.onUnreadable("UPS OK 230V");
        clock.advanceSeconds(5);
        assertThat(gate.givenUp()).as("talk buys the whole start-up grace").isFalse();

        clock.advanceSeconds(3);

        assertThat(gate.givenUp()).isTrue();
        assertThat(gate.seen()).isEqualTo(PortReport.Seen.NO_READINGS);
        assertThat(gate.example()).isEqualTo("UPS OK 230V");
        assertThat(heard).isEmpty();
    }
}
