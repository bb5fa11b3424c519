package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.domain.FakeClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The growing wait after wrong PINs, on a fake clock. */
class PinAttemptsTest {

    private final FakeClock clock = new FakeClock();
    private final PinAttempts attempts = new PinAttempts(clock);
    @TempDir
    Path data;
    /** The wall clock, in epoch ms; moved by hand, also backwards. */
    private long wall = 1_700_000_000_000L;

    private PinAttempts kept(FakeClock monotonic) {
        return new PinAttempts(monotonic, () -> wall, data.resolve(PinAttempts.FILE));
    }

    @Test
    void aRestartKeepsTheCountAndTheWaitLeft() throws Exception {
        PinAttempts before = kept(clock);
        for (int i = 0; i < 4; i++) {
            before.wrong();
        }
        clock.advanceMillis(3_000);
        wall += 3_000;
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(PinAttempts.FILE))))
                .isEqualTo("rw-------");

        FakeClock afterBoot = new FakeClock();
        PinAttempts after = kept(afterBoot);
        assertThat(after.waitMillis()).isEqualTo(7_000);
        afterBoot.advanceMillis(7_000);
        assertThat(after.waitMillis()).isZero();
        assertThat(after.wrong()).as("the fifth wrong in a row, counted across the restart").isEqualTo(20_000);
    }

    @Test
    void aWallClockSetBackNeverMakesTheWaitLongerThanTheOneEarned() {
        PinAttempts before = kept(clock);
        for (int i = 0; i < 4; i++) {
            before.wrong();
        }
        wall -= 365L * 24 * 3600_000;
        assertThat(kept(new FakeClock()).waitMillis()).isEqualTo(10_000);
        wall += 2 * 365L * 24 * 3600_000;
        assertThat(kept(new FakeClock()).waitMillis()).isZero();
    }

    @Test
    void aDamagedFileCountsAsTheFreeTriesUsedUp() throws Exception {
        Files.writeString(data.resolve(PinAttempts.FILE), "garbage\n");
        assertThat(kept(clock).wrong()).isEqualTo(PinAttempts.FIRST_WAIT_MS);
    }

    @Test
    void theRightPinClearsTheKeptCountToo() {
        PinAttempts before = kept(clock);
        for (int i = 0; i < 4; i++) {
            before.wrong();
        }
        before.right();
        assertThat(kept(new FakeClock()).waitMillis()).isZero();
        assertThat(kept(new FakeClock()).waitIfWrong()).isZero();
    }

    @Test
    void theWaitIfWrongIsKnownBeforeTheTry() {
        for (int i = 0; i < 3; i++) {
            assertThat(attempts.waitIfWrong()).isZero();
            attempts.wrong();
        }
        assertThat(attempts.waitIfWrong()).isEqualTo(10_000);
        assertThat(attempts.wrong()).isEqualTo(10_000);
    }

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
