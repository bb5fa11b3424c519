package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.domain.FakeClock;
import org.junit.jupiter.api.Test;

/** The growing wait after wrong PINs, on a fake clock. */
class PinAttemptsTest {

    private final FakeClock clock = new FakeClock();
    private final PinAttempts attempts = new PinAttempts(clock);

    @Test
    void threeSlipsAreFreeThenEachWrongPinDoublesTheWait() {
        assertThat(attempts.wrong()).isZero();
        assertThat(attempts.wrong()).isZero();
        assertThat(attempts.wrong()).isZero();
        assertThat(attempts.waitMillis()).isZero();

        assertThat(attempts.wrong()).isEqualTo(10_000);
        assertThat(attempts.waitMillis()).isEqualTo(10_000);
        clock.advanceMillis(4_000);
        assertThat(attempts.waitMillis()).isEqualTo(6_000);
        clock.advanceMillis(6_000);
        assertThat(attempts.waitMillis()).isZero();

        assertThat(attempts.wrong()).isEqualTo(20_000);
        clock.advanceMillis(20_000);
        assertThat(attempts.wrong()).isEqualTo(40_000);
    }

    @Test
    void theWaitStopsGrowingAtFifteenMinutes() {
        long wait = 0;
        for (int i = 0; i < 40; i++) {
            wait = attempts.wrong();
            clock.advanceMillis(wait);
        }
        assertThat(wait).isEqualTo(15 * 60_000);
    }

    @Test
    void theRightPinClearsTheCount() {
        for (int i = 0; i < 4; i++) {
            attempts.wrong();
        }
        clock.advanceMillis(10_000);
        attempts.right();
        assertThat(attempts.waitMillis()).isZero();
        assertThat(attempts.wrong()).isZero();
    }
}
