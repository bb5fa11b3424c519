package com.rollkiosk.ui;

import com.rollkiosk.domain.KioskEvent;
import com.rollkiosk.domain.Screen;
import org.junit.jupiter.api.Test;

import java.awt.event.KeyEvent;

import static org.assertj.core.api.Assertions.assertThat;

/** Back and Escape on the first hold, in a real window: back to the intensity choice, logged. */
class BackWindowTest {

    @Test
    void backAndEscapeOnTheFirstHoldGoBackToTheIntensityChoice() throws Exception {
        try (KioskWindowHarness k = new KioskWindowHarness(1280, 800)) {
            k.touch(AttractScreen.START);
            k.touch(ContraindicationsScreen.NONE_APPLY);
            k.touch("region:calves");
            k.touch("maximal");
            assertThat(k.screen()).isEqualTo(Screen.HOLD);

            k.touch(Header.BACK);
            assertThat(k.screen()).as("Back on step 1").isEqualTo(Screen.CHOOSE_INTENSITY);
            k.touch("minimal");
            assertThat(k.screen()).isEqualTo(Screen.HOLD);
            assertThat(k.onEdt(() -> k.fixture.flow.session().targetSeconds())).isEqualTo(3);

            k.advanceMillis(1_000);
            k.chord(KeyEvent.VK_ESCAPE);
            k.waitFor(() -> k.ui.showing() == Screen.CHOOSE_INTENSITY);
            assertThat(k.events()).filteredOn(e -> e instanceof KioskEvent.SessionEnded).hasSize(2)
                    .allMatch(e -> ((KioskEvent.SessionEnded) e).outcome() == KioskEvent.Outcome.ABANDONED);
        }
    }

    @Test
    void endRoutineAsksAndKeepGoingIsTheLargeDefault() throws Exception {
        try (KioskWindowHarness k = new KioskWindowHarness(1280, 800)) {
            k.touch(AttractScreen.START);
            k.touch(ContraindicationsScreen.NONE_APPLY);
            k.touch("region:calves");
            k.touch("maximal");
            k.touch(HoldScreen.END);
            assertThat(k.screen()).isEqualTo(Screen.CONFIRM_END);
            var keep = k.onEdt(() -> k.button(EndRoutineScreen.KEEP_GOING).getSize());
            var end = k.onEdt(() -> k.button(EndRoutineScreen.END).getSize());
            assertThat(keep.width * keep.height).as("Keep going is the large one").isGreaterThan(2 * end.width * end.height);
            k.waitFor(() -> java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner()
                    == k.button(EndRoutineScreen.KEEP_GOING));
            k.screenshot("end-question");
            k.touch(EndRoutineScreen.KEEP_GOING);
            assertThat(k.screen()).isEqualTo(Screen.HOLD);
            k.touch(HoldScreen.END);
            k.touch(EndRoutineScreen.END);
            assertThat(k.screen()).isEqualTo(Screen.FINISHED);
            assertThat(k.onEdt(k::texts)).contains(Fixture.CONTENT.guide().finished().thanks())
                    .noneMatch(t -> Fixture.CONTENT.guide().finished().words().contains(t));
        }
    }
}
