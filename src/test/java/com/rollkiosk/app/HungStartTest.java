package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.bench.KioskProcess;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A start whose event thread never finishes building the window (a deadlock, a call that never
 * returns) cannot show any screen, not even the out-of-order one: the kiosk exits with
 * {@link UnattendedStart#HUNG} once the start's deadline passes, for systemd to start it afresh,
 * never leaving a JVM running with nothing on the screen. Runs the kiosk as a process of its own.
 */
@Timeout(120)
class HungStartTest {

    @Test
    void aWindowThatNeverFinishesBuildingEndsTheKioskForARestart() throws Exception {
        try (KioskProcess kiosk = KioskProcess.startMain(Map.of(OutOfOrderKiosk.HANG, "1"), OutOfOrderKiosk.class,
                "--sensor", "none")) {
            int code = kiosk.awaitExit(OutOfOrderKiosk.DEADLINE_SECONDS + 60);
            assertThat(code).as(kiosk.console()).isEqualTo(UnattendedStart.HUNG);
            assertThat(kiosk.console()).contains("the event thread hangs");
            assertThat(kiosk.logged("first_frame")).isZero();
        }
    }
}
