package com.rollkiosk.ui;

import com.rollkiosk.domain.Screen;
import org.junit.jupiter.api.Test;

import javax.swing.JComponent;
import java.awt.Dimension;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first frame waits for the idle screen alone: the other screens are built after it, or the
 * first time they are shown, and each then fills the window like one built up front.
 */
class LazyScreensWindowTest {

    @Test
    void onlyTheIdleScreenIsBuiltForTheFirstFrame() throws Exception {
        try (KioskWindowHarness k = new KioskWindowHarness(1280, 800)) {
            assertThat(k.onEdt(k.ui::builtScreens)).containsExactly(Screen.ATTRACT);
        }
    }

    @Test
    void aScreenNotBuiltYetIsBuiltWhenShownAndFillsTheWindow() throws Exception {
        try (KioskWindowHarness k = new KioskWindowHarness(1280, 800)) {
            k.touch(AttractScreen.START);
            assertThat(k.screen()).isEqualTo(Screen.CONTRAINDICATIONS);
            assertThat(k.onEdt(k::texts)).containsAll(Fixture.CONTENT.contraindications().stream()
                    .map(c -> c.name()).toList());
            JComponent shown = k.onEdt(() -> k.ui.view(Screen.CONTRAINDICATIONS).component());
            assertThat(k.onEdt(() -> shown.isShowing())).isTrue();
            assertThat(k.onEdt(() -> shown.getSize())).isEqualTo(screenArea(k));
            assertThat(k.onEdt(k.ui::builtScreens)).containsExactlyInAnyOrder(Screen.ATTRACT, Screen.CONTRAINDICATIONS);
        }
    }

    @Test
    void preparingBuildsEveryScreenAndANewSizeStartsOverWithTheScreenOnShow() throws Exception {
        try (KioskWindowHarness k = new KioskWindowHarness(1280, 800)) {
            k.run(k.ui::prepareScreens);
            k.waitFor(() -> k.ui.builtScreens().equals(EnumSet.allOf(Screen.class)));
            JComponent before = k.onEdt(() -> k.ui.view(Screen.HOLD).component());

            k.run(() -> k.frame.setSize(1920, 1080));
            k.waitFor(() -> k.ui.builtScreens().equals(EnumSet.of(Screen.ATTRACT)));
            assertThat(k.onEdt(() -> k.ui.view(Screen.ATTRACT).component().getSize())).isEqualTo(screenArea(k));
            assertThat(k.onEdt(() -> k.ui.view(Screen.HOLD).component())).as("built again for the new size")
                    .isNotSameAs(before);
        }
    }

    /** The window less the status strip along its top. */
    private static Dimension screenArea(KioskWindowHarness k) throws Exception {
        return k.onEdt(() -> {
            Dimension stage = k.ui.root().getSize();
            return new Dimension(stage.width, stage.height - Theme.forSize(stage.width, stage.height).statusHeight());
        });
    }
}
