package com.rollkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.content.Guide;
import com.rollkiosk.domain.KioskFlow;
import com.rollkiosk.domain.Screen;
import java.awt.Point;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.swing.AbstractButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The way into staff mode in a real window: the hidden corner press, the keyboard chord, the PIN pad, and the way out. */
class StaffWindowTest {

    /** A PIN of 2468; after a wrong one the next try waits 10 s. Remembers what it was asked, to prove digits arrive. */
    private static final class FakeAccess implements StaffAccess {
        final List<String> asked = Collections.synchronizedList(new ArrayList<>());

        @Override
        public boolean pinSet() {
            return true;
        }

        @Override
        public Answer check(char[] pin) {
            String typed = new String(pin);
            asked.add(typed);
            return typed.equals("2468") ? new Answer(Outcome.OPEN, 0) : new Answer(Outcome.WRONG, 10_000);
        }
    }

    private static Point corner(KioskWindowHarness k, int x, int y) throws Exception {
        Point origin = k.onEdt(() -> k.ui.root().getLocationOnScreen());
        return new Point(origin.x + x, origin.y + y);
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1920, 1080", "1280, 800"})
    void aThreeSecondPressOnTheTopLeftCornerOpensThePinPad(int width, int height) throws Exception {
        try (KioskWindowHarness k = new KioskWindowHarness(width, height)) {
            Point p = corner(k, 40, 40);
            k.pressAt(p.x, p.y);
            k.advanceMillis(2_900);
            assertThat(k.screen()).isEqualTo(Screen.ATTRACT);
            k.advanceMillis(100);
            assertThat(k.screen()).isEqualTo(Screen.STAFF_PIN);
            k.lift();
            assertThat(k.screen()).as("letting go after the press is not a tap on the pad").isEqualTo(Screen.STAFF_PIN);
        }
    }

    @Test
    void aShortPressOnTheCornerOrALongOneElsewhereDoesNotOpenIt() throws Exception {
        try (KioskWindowHarness k = new KioskWindowHarness(1280, 800)) {
            Point elsewhere = corner(k, 300, 300);
            k.pressAt(elsewhere.x, elsewhere.y);
            k.advanceMillis(5_000);
            k.lift();
            assertThat(k.screen()).isNotEqualTo(Screen.STAFF_PIN);
            k.advanceMillis(1_000);
            k.act(KioskFlow::back);
            k.waitFor(() -> k.ui.showing() == Screen.ATTRACT);
            Point p = corner(k, 40, 40);
            k.pressAt(p.x, p.y);
            k.advanceMillis(1_000);
            k.lift();
            k.advanceMillis(3_000);
            assertThat(k.screen()).isNotEqualTo(Screen.STAFF_PIN);
        }
    }

    @Test
    void ctrlShiftSOpensThePinPadNotStaffMode() throws Exception {
        try (KioskWindowHarness k = new KioskWindowHarness(1280, 800)) {
            k.chord(KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT, KeyEvent.VK_S);
            k.waitFor(() -> k.ui.showing() == Screen.STAFF_PIN);
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1920, 1080", "1280, 800"})
    void theRightPinOpensStaffModeWithDotsForDigitsAndLargeKeys(int width, int height) throws Exception {
        try (KioskWindowHarness k = new KioskWindowHarness(width, height)) {
            FakeAccess access = new FakeAccess();
            k.run(() -> k.ui.setStaffAccess(access));
            k.act(KioskFlow::askStaffPin);
            for (AbstractButton b : k.onEdt(() -> k.showing(AbstractButton.class))) {
                if (b.getName() != null && b.getName().startsWith("pin:")) {
                    int least = b.getName().equals(PinScreen.CANCEL) ? Theme.MIN_TARGET : 80;
                    assertThat(Math.min(b.getWidth(), b.getHeight())).as(b.getName()).isGreaterThanOrEqualTo(least);
                }
            }
            for (String d : List.of("2", "4", "6", "8")) {
                k.touch(PinScreen.KEY + d);
            }
            assertThat(k.onEdt(k::texts)).noneMatch(t -> t.contains("2468")).contains("\u25CF \u25CF \u25CF \u25CF");
            k.screenshot("staff-pin");
            k.touch(PinScreen.OK);
            k.waitFor(() -> k.ui.showing() == Screen.STAFF);
            assertThat(access.asked).containsExactly("2468");
            k.screenshot("staff-menu");
            k.touch(StaffScreen.LEAVE);
            assertThat(k.screen()).isEqualTo(Screen.ATTRACT);
        }
    }

    @Test
    void aWrongPinShowsTheWaitAndTheKeysStayOffUntilItIsOver() throws Exception {
        try (KioskWindowHarness k = new KioskWindowHarness(1280, 800)) {
            FakeAccess access = new FakeAccess();
            k.run(() -> k.ui.setStaffAccess(access));
            k.act(KioskFlow::askStaffPin);
            k.touch(PinScreen.KEY + "1");
            k.touch(PinScreen.OK);
            String waitText = Guide.fill(Fixture.CONTENT.staff().pin().tryAgain(), "seconds", 10);
            k.waitFor(() -> k.texts().contains(waitText));
            assertThat(k.onEdt(() -> k.button(PinScreen.KEY + "2").isEnabled())).isFalse();
            k.screenshot("staff-pin-wait");
            k.advanceMillis(9_000);
            assertThat(k.onEdt(k::texts)).contains(Guide.fill(Fixture.CONTENT.staff().pin().tryAgain(), "seconds", 1));
            k.advanceMillis(1_000);
            assertThat(k.onEdt(() -> k.button(PinScreen.KEY + "2").isEnabled())).isTrue();
            assertThat(k.screen()).isEqualTo(Screen.STAFF_PIN);
        }
    }

    @Test
    void withNoPinSetThePadSaysHowToSetOneAndOpensNothing() throws Exception {
        try (KioskWindowHarness k = new KioskWindowHarness(1280, 800)) {
            k.act(KioskFlow::askStaffPin);
            assertThat(k.onEdt(k::texts)).contains(Fixture.CONTENT.staff().pin().howToSet());
            assertThat(k.onEdt(() -> k.button(PinScreen.OK).isEnabled())).isFalse();
            k.screenshot("staff-pin-no-pin");
            k.touch(PinScreen.CANCEL);
            assertThat(k.screen()).isEqualTo(Screen.ATTRACT);
        }
    }

    @Test
    void staffModeGoesBackToTheIdleScreenAfterAMinuteUntouched() throws Exception {
        try (KioskWindowHarness k = new KioskWindowHarness(1280, 800)) {
            k.act(f -> {
                f.askStaffPin();
                f.enterStaff();
            });
            k.advanceMillis(59_000);
            assertThat(k.screen()).isEqualTo(Screen.STAFF);
            k.chord(KeyEvent.VK_TAB);
            k.advanceMillis(1_000);
            assertThat(k.screen()).as("a key pressed is someone there").isEqualTo(Screen.STAFF);
            k.advanceMillis(59_000);
            assertThat(k.screen()).isEqualTo(Screen.ATTRACT);
        }
    }
}
