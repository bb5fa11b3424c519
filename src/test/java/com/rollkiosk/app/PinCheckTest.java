package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.app.PinCheck.Outcome;
import com.rollkiosk.domain.FakeClock;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PIN pad's question, with the hash on disk and the wait on a fake clock. */
class PinCheckTest {

    @TempDir
    Path data;
    private final FakeClock clock = new FakeClock();

    private PinStore store() {
        return new PinStore(data, 1_000);
    }

    @Test
    void withNoPinSetNothingOpens() throws Exception {
        assertThat(new PinCheck(store(), clock).check("1234".toCharArray()).outcome()).isEqualTo(Outcome.NO_PIN);
    }

    @Test
    void theRightPinOpensAndWrongOnesEarnAWaitDuringWhichNothingIsChecked() throws Exception {
        store().set("2468".toCharArray());
        PinCheck check = new PinCheck(store(), clock);

        assertThat(check.check("2468".toCharArray()).outcome()).isEqualTo(Outcome.RIGHT);
        for (int i = 0; i < 3; i++) {
            assertThat(check.check("1111".toCharArray())).isEqualTo(new PinCheck.Result(Outcome.WRONG, 0));
        }
        assertThat(check.check("1111".toCharArray())).isEqualTo(new PinCheck.Result(Outcome.WRONG, 10_000));
        clock.advanceMillis(9_000);
        assertThat(check.check("2468".toCharArray())).isEqualTo(new PinCheck.Result(Outcome.WAIT, 1_000));
        clock.advanceMillis(1_000);
        assertThat(check.check("2468".toCharArray()).outcome()).isEqualTo(Outcome.RIGHT);
    }

    @Test
    void theFileHoldsASaltedHashThatDiffersForTheSamePin() throws Exception {
        Path other = Files.createDirectories(data.resolve("other"));
        store().set("2468".toCharArray());
        new PinStore(other, 1_000).set("2468".toCharArray());

        String one = Files.readString(data.resolve(PinStore.FILE));
        assertThat(one).startsWith("pbkdf2-sha256$1000$").doesNotContain("2468");
        assertThat(Files.readString(other.resolve(PinStore.FILE))).isNotEqualTo(one);
        assertThat(store().verify("2468".toCharArray())).isTrue();
        assertThat(store().verify("24680".toCharArray())).isFalse();
    }

    @Test
    void pinRulesAreWhatThePadCanType() {
        assertThat(PinStore.problem("1234".toCharArray())).isEmpty();
        assertThat(PinStore.problem("1".repeat(com.rollkiosk.ui.PinPresenter.MAX_DIGITS).toCharArray())).isEmpty();
        assertThat(PinStore.problem("1".repeat(com.rollkiosk.ui.PinPresenter.MAX_DIGITS + 1).toCharArray()))
                .hasValue(PinStore.Problem.TOO_LONG);
        assertThat(PinStore.problem("123".toCharArray())).hasValue(PinStore.Problem.TOO_SHORT);
        assertThat(PinStore.problem("12a4".toCharArray())).hasValue(PinStore.Problem.NOT_DIGITS);
        assertThat(PinStore.problem("12\u06F34".toCharArray())).as("another script's digit").hasValue(PinStore.Problem.NOT_DIGITS);
    }

    @Test
    void aTryIsCountedBeforeItsHashIsCheckedSoACrashInTheMiddleStillCounts() throws Exception {
        // A PIN file that cannot be read stands in for a check that never finishes.
        Files.writeString(data.resolve(PinStore.FILE), "damaged\n");
        PinAttempts attempts = new PinAttempts(clock);
        PinCheck check = new PinCheck(store(), attempts);
        for (int i = 0; i < 4; i++) {
            try {
                check.check("1111".toCharArray());
            } catch (java.io.IOException expected) {
                // counted all the same
            }
        }
        assertThat(attempts.waitMillis()).isEqualTo(PinAttempts.FIRST_WAIT_MS);
    }

    @Test
    void aPinFileHashedAtAnotherCostIsRehashedAtTodaysWhenItsPinIsTyped() throws Exception {
        new PinStore(data, 3_000).set("2468".toCharArray());
        assertThat(store().verify("1357".toCharArray())).isFalse();
        assertThat(Files.readString(data.resolve(PinStore.FILE))).startsWith("pbkdf2-sha256$3000$");
        assertThat(store().verify("2468".toCharArray())).isTrue();
        assertThat(Files.readString(data.resolve(PinStore.FILE))).startsWith("pbkdf2-sha256$1000$");
        assertThat(store().verify("2468".toCharArray())).isTrue();
    }

    @Test
    void aRestartedKioskKeepsTheWaitItsAttemptsEarned() throws Exception {
        store().set("2468".toCharArray());
        PinCheck check = new PinCheck(store(), clock);
        for (int i = 0; i < 4; i++) {
            check.check("1111".toCharArray());
        }
        PinCheck restarted = new PinCheck(store(), new FakeClock());
        assertThat(restarted.waitMillis()).isBetween(1L, PinAttempts.FIRST_WAIT_MS);
        assertThat(restarted.check("2468".toCharArray()).outcome()).isEqualTo(Outcome.WAIT);
    }
}
