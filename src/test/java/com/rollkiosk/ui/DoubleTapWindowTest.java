package com.rollkiosk.ui;

import com.rollkiosk.domain.KioskEvent;
import com.rollkiosk.domain.Screen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.swing.AbstractButton;
import java.awt.Point;
import java.awt.Rectangle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A double tap on "Tap to start" in a real window: the second tap lands where "None of these
 * apply to me" appears, and must not confirm the safety list nobody has read. The taps are real
 * mouse events at the same spot; the time between them is the fake clock's, moved on between
 * the two, which is the hardest case for the guard: the first tap fully handled, the list drawn.
 */
class DoubleTapWindowTest {

    @ParameterizedTest(name = "{0}x{1}, second tap after {2} ms")
    @CsvSource({"1920, 1080, 50", "1920, 1080, 100", "1920, 1080, 200", "1920, 1080, 300",
            "1280, 800, 50", "1280, 800, 100", "1280, 800, 200", "1280, 800, 300"})
    void aDoubleTapOnTapToStartLandsOnTheSafetyListAndStartsNoSession(int width, int height, int gapMs)
            throws Exception {
        try (KioskWindowHarness k = new KioskWindowHarness(width, height)) {
            k.advanceMillis(2_000);
            Point spot = k.centreOf(AttractScreen.START);
            k.tapAt(spot);
            assertThat(k.screen()).isEqualTo(Screen.CONTRAINDICATIONS);
            Rectangle confirm = k.onEdt(() -> {
                AbstractButton b = k.button(ContraindicationsScreen.NONE_APPLY);
                return new Rectangle(b.getLocationOnScreen(), b.getSize());
            });
            assertThat(confirm.contains(spot)).as("the second tap lands on the confirmation").isTrue();

            k.advanceMillis(gapMs);
            k.tapAt(spot);
            k.advanceMillis(5_000);

            assertThat(k.screen()).as("the list is still on screen").isEqualTo(Screen.CONTRAINDICATIONS);
            assertThat(k.events()).noneMatch(e -> e instanceof KioskEvent.SessionStarted
                    || e instanceof KioskEvent.ScreenChanged c && c.to() != Screen.CONTRAINDICATIONS);
            // Once read, the same confirmation works.
            k.tapAt(spot);
            assertThat(k.screen()).isEqualTo(Screen.CHOOSE_ROUTINE);
        }
    }
}
