package com.rollkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.content.Guide;
import com.rollkiosk.content.Staff;
import com.rollkiosk.domain.Screen;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The PIN pad's rules, on a fake clock with the check run in line: no window. */
class PinPresenterTest {

    private final Fixture fixture = new Fixture(e -> { });
    private final List<char[]> asked = new ArrayList<>();
    private final List<String> askedAs = new ArrayList<>();
    private boolean pinSet = true;
    private StaffAccess.Answer next = new StaffAccess.Answer(StaffAccess.Outcome.OPEN, 0);
    private long waitNow;
    private long waitIfWrong;
    /** Checks held back until a test runs them, as a background thread would. */
    private final List<Runnable> pending = new ArrayList<>();
    private final StaffAccess access = new StaffAccess() {
        @Override
        public long waitMillis() {
            return waitNow;
        }

        @Override
        public long waitIfWrong() {
            return waitIfWrong;
        }

        @Override
        public boolean pinSet() {
            return pinSet;
        }

        @Override
        public Answer check(char[] pin) {
            asked.add(pin);
            askedAs.add(new String(pin));
            return next;
        }
    };
    private final PinPresenter pad = new PinPresenter(fixture.kiosk(), access, fixture.clock, Runnable::run,
            Runnable::run);
    private final Staff.Pin words = Fixture.CONTENT.staff().pin();

    @Test
    void fromTheFourthWrongTryTheWaitCountsDownAtOnceWhileTheCheckRuns() {
        PinPresenter slow = new PinPresenter(fixture.kiosk(), access, fixture.clock, pending::add, Runnable::run);
        fixture.flow.askStaffPin();
        slow.forget();
        waitIfWrong = 10_000;
        next = new StaffAccess.Answer(StaffAccess.Outcome.WRONG, 10_000);
        for (int d : new int[] {1, 1, 1, 1}) {
            slow.digit(d);
        }
        slow.ok();
        assertThat(slow.model().message()).isEqualTo(Guide.fill(words.checkingWithWait(), "seconds", 10));
        assertThat(slow.model().keysOn()).isFalse();
        fixture.clock.advanceMillis(800);
        assertThat(slow.msUntilChange()).isEqualTo(200);
        pending.remove(0).run();
        assertThat(slow.model().message()).as("the wait runs from the try, not from the check's end")
                .isEqualTo(Guide.fill(words.tryAgain(), "seconds", 10));
        fixture.clock.advanceMillis(9_200);
        assertThat(slow.model().keysOn()).isTrue();
    }

    @Test
    void aWaitEarnedBeforeARestartShowsAsSoonAsThePadOpens() {
        waitNow = 42_000;
        open();
        assertThat(pad.model().keysOn()).isFalse();
        assertThat(pad.model().message()).isEqualTo(Guide.fill(words.tryAgain(), "seconds", 42));
    }

    private void open() {
        fixture.flow.askStaffPin();
        pad.forget();
    }

    private void type(int... digits) {
        for (int d : digits) {
            pad.digit(d);
        }
    }

    @Test
    void theRightPinOpensStaffModeAndTheDigitsAreWipedAfterTheCheck() {
        open();
        type(2, 4, 6, 8);
        assertThat(pad.model().dots()).isEqualTo(4);
        pad.ok();
        assertThat(askedAs).containsExactly("2468");
        assertThat(asked.get(0)).containsOnly('\0');
        assertThat(fixture.flow.screen()).isEqualTo(Screen.STAFF);
    }

    @Test
    void aWrongPinWithAWaitTurnsTheKeysOffAndCountsDownOnTheKioskClock() {
        open();
        next = new StaffAccess.Answer(StaffAccess.Outcome.WRONG, 10_000);
        type(1, 1, 1, 1);
        pad.ok();
        assertThat(fixture.flow.screen()).isEqualTo(Screen.STAFF_PIN);
        assertThat(pad.model().keysOn()).isFalse();
        assertThat(pad.model().message()).isEqualTo(Guide.fill(words.tryAgain(), "seconds", 10));
        type(5);
        assertThat(pad.model().dots()).as("keys are off during the wait").isZero();
        fixture.clock.advanceMillis(9_500);
        assertThat(pad.model().message()).isEqualTo(Guide.fill(words.tryAgain(), "seconds", 1));
        fixture.clock.advanceMillis(500);
        assertThat(pad.model().keysOn()).isTrue();
        assertThat(pad.model().message()).isEqualTo(words.wrong());
        type(5);
        assertThat(pad.model().message()).as("typing again clears the complaint").isEmpty();
    }

    @Test
    void aWrongPinWithoutAWaitSaysSoAndClearsTheDots() {
        open();
        next = new StaffAccess.Answer(StaffAccess.Outcome.WRONG, 0);
        type(1, 2, 3, 4);
        pad.ok();
        assertThat(pad.model().message()).isEqualTo(words.wrong());
        assertThat(pad.model().dots()).isZero();
        assertThat(pad.model().keysOn()).isTrue();
    }

    @Test
    void withNoPinSetThePadExplainsSetPinAndChecksNothing() {
        pinSet = false;
        open();
        assertThat(pad.model().noPin()).isTrue();
        assertThat(pad.model().message()).isEqualTo(words.noPin());
        type(1, 2, 3, 4);
        pad.ok();
        assertThat(asked).isEmpty();
        assertThat(fixture.flow.screen()).isEqualTo(Screen.STAFF_PIN);
    }

    @Test
    void atMostTwelveDigitsAreTakenAndDeleteTakesTheLastBack() {
        open();
        for (int i = 0; i < 20; i++) {
            pad.digit(7);
        }
        assertThat(pad.model().dots()).isEqualTo(PinPresenter.MAX_DIGITS);
        pad.delete();
        assertThat(pad.model().dots()).isEqualTo(PinPresenter.MAX_DIGITS - 1);
    }

    @Test
    void cancelGoesBackToTheIdleScreenAndForgetsWhatWasTyped() {
        open();
        type(1, 2);
        pad.cancel();
        assertThat(fixture.flow.screen()).isEqualTo(Screen.ATTRACT);
        open();
        assertThat(pad.model().dots()).isZero();
    }
}
