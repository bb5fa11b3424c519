package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.domain.FakeClock;
import com.rollkiosk.ui.StaffAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PIN pad's answers from the PIN file in the data folder, with PinCheck's growing wait. */
class PinAccessTest {

    @TempDir
    Path data;

    private final FakeClock clock = new FakeClock();

    @Test
    void noPinFileMeansNoPinAndNothingOpens() {
        PinAccess access = new PinAccess(new PinStore(data, 1_000), clock);
        assertThat(access.pinSet()).isFalse();
        assertThat(access.check("2468".toCharArray()).outcome()).isEqualTo(StaffAccess.Outcome.NO_PIN);
    }

    @Test
    void theRightPinOpensAndRepeatedWrongOnesEarnAWait() throws Exception {
        PinStore store = new PinStore(data, 1_000);
        store.set("2468".toCharArray());
        PinAccess access = new PinAccess(store, clock);
        assertThat(access.pinSet()).isTrue();
        assertThat(access.check("2468".toCharArray())).isEqualTo(new StaffAccess.Answer(StaffAccess.Outcome.OPEN, 0));
        for (int i = 0; i < PinAttempts.FREE_ATTEMPTS; i++) {
            assertThat(access.check("1111".toCharArray())).isEqualTo(new StaffAccess.Answer(StaffAccess.Outcome.WRONG, 0));
        }
        assertThat(access.check("1111".toCharArray()))
                .isEqualTo(new StaffAccess.Answer(StaffAccess.Outcome.WRONG, PinAttempts.FIRST_WAIT_MS));
        assertThat(access.check("2468".toCharArray()).outcome()).as("not even checked while waiting")
                .isEqualTo(StaffAccess.Outcome.WAIT);
        clock.advanceMillis(PinAttempts.FIRST_WAIT_MS);
        assertThat(access.check("2468".toCharArray()).outcome()).isEqualTo(StaffAccess.Outcome.OPEN);
        try (var files = Files.list(data)) {
            for (Path f : files.toList()) {
                assertThat(Files.readString(f)).doesNotContain("2468");
            }
        }
    }
}
