package com.rollkiosk.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.domain.FakeClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code auto}'s manners: each stranger once, then after minutes; the roller's port always first. */
class PortProbesTest {

    private static final PortCandidate UPS = new PortCandidate("/dev/ttyUSB0", "FT232R USB UART", 0x0403);
    private static final PortCandidate ROLLER = new PortCandidate("/dev/ttyUSB1", "FT232R USB UART", 0x0403);

    private final FakeClock clock = new FakeClock();
    private final PortProbes probes = new PortProbes(clock);

    @Test
    void everyPortIsTriedOnceInRankOrder() {
        probes.listed(List.of(UPS, ROLLER));

        assertThat(probes.next()).isEqualTo(UPS.path());
        probes.saw(UPS.path(), PortReport.Seen.SILENT, null);
        assertThat(probes.next()).isEqualTo(ROLLER.path());
    }

    @Test
    void aSilentPortIsTriedAgainAfterOneTwoFourEightThenEveryFifteenMinutes() {
        probes.listed(List.of(UPS));
        List<Long> minutesBetweenOpens = new ArrayList<>();
        long lastOpen = clock.nanoTime();
        for (int second = 0; second < 90 * 60; second++) {
            if (UPS.path().equals(probes.next())) {
                minutesBetweenOpens.add((clock.nanoTime() - lastOpen) / 60_000_000_000L);
                lastOpen = clock.nanoTime();
                probes.saw(UPS.path(), PortReport.Seen.SILENT, null);
            }
            clock.advanceSeconds(1);
        }

        assertThat(minutesBetweenOpens).containsExactly(0L, 1L, 2L, 4L, 8L, 15L, 15L, 15L, 15L);
    }

    @Test
    void theRollersPortIsAlwaysDueAndOthersWaitTheirTurn() {
        probes.listed(List.of(UPS, ROLLER));
        probes.saw(UPS.path(), PortReport.Seen.SILENT, null);
        probes.saw(ROLLER.path(), PortReport.Seen.ROLLER_HELLO, null);

        clock.advanceSeconds(5 * 60);

        assertThat(probes.next()).isEqualTo(ROLLER.path());
        assertThat(probes.rollerListed()).isTrue();
    }

    @Test
    void theRollersPortThatWillNotOpenWhileReplugged_staysTheRollers() {
        probes.listed(List.of(ROLLER));
        probes.saw(ROLLER.path(), PortReport.Seen.ROLLER_READINGS, null);

        probes.saw(ROLLER.path(), PortReport.Seen.CANNOT_OPEN, "/dev/ttyUSB1 is busy");

        assertThat(probes.next()).isEqualTo(ROLLER.path());
        assertThat(probes.report().get(0).seen()).isEqualTo(PortReport.Seen.ROLLER_READINGS);
    }

    @Test
    void theRollersPortThatFallsSilent_isLeftAloneLikeAnyOther() {
        probes.listed(List.of(ROLLER));
        probes.saw(ROLLER.path(), PortReport.Seen.ROLLER_HELLO, null);

        probes.saw(ROLLER.path(), PortReport.Seen.SILENT, null);

        assertThat(probes.rollerListed()).isFalse();
        assertThat(probes.next()).isNull();
        assertThat(probes.nanosUntilDue(Long.MAX_VALUE)).isEqualTo(PortProbes.FIRST_RETRY_NANOS);
    }

    @Test
    void whileTheRollerIsUnpluggedAStrangerIsStillNotPestered() {
        probes.listed(List.of(UPS, ROLLER));
        probes.saw(UPS.path(), PortReport.Seen.SILENT, null);
        probes.saw(ROLLER.path(), PortReport.Seen.ROLLER_HELLO, null);

        probes.listed(List.of(UPS));

        assertThat(probes.next()).isNull();
    }

    @Test
    void aPortPluggedInAfreshIsTriedAtOnce() {
        probes.listed(List.of(UPS));
        probes.saw(UPS.path(), PortReport.Seen.SILENT, null);
        assertThat(probes.next()).isNull();

        assertThat(probes.listed(List.of())).isTrue();
        assertThat(probes.listed(List.of(UPS))).isTrue();

        assertThat(probes.next()).isEqualTo(UPS.path());
    }

    @Test
    void theReportNamesEveryPortWhatWasSeenAndWhenItIsNextOpened() {
        probes.listed(List.of(UPS, ROLLER, new PortCandidate("/dev/ttyACM0", "Arduino Uno", 0x2341)));
        probes.saw(UPS.path(), PortReport.Seen.NO_READINGS, "UPS OK 230V");
        probes.saw(ROLLER.path(), PortReport.Seen.ROLLER_HELLO, null);

        assertThat(probes.report()).containsExactly(
                new PortReport(UPS.path(), PortReport.Seen.NO_READINGS, "UPS OK 230V",
                        clock.nanoTime() + PortProbes.FIRST_RETRY_NANOS),
                new PortReport(ROLLER.path(), PortReport.Seen.ROLLER_HELLO, null, PortReport.NO_PROBE),
                new PortReport("/dev/ttyACM0", PortReport.Seen.NOT_TRIED, null, PortReport.NO_PROBE));
    }
}
