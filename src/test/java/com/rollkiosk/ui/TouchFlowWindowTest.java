package com.rollkiosk.ui;

import com.rollkiosk.content.Guide;
import com.rollkiosk.domain.KioskEvent;
import com.rollkiosk.domain.Screen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import javax.swing.AbstractButton;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole flow by touch in a real window, with screenshots of every screen at both sizes. */
class TouchFlowWindowTest {

    private static final Guide WORDS = Fixture.CONTENT.guide();

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1920, 1080", "1280, 800"})
    void walkingARoutineByTouchGoesThroughEveryScreenAndBackToAttract(int width, int height) throws Exception {
        try (KioskWindowHarness k = new KioskWindowHarness(width, height)) {
            assertThat(k.onEdt(k::texts)).contains("Calves", WORDS.idle().start());
            k.advanceMillis(1_000);
            everyTargetIsLargeEnough(k);
            k.screenshot("attract");

            k.touch(AttractScreen.START);
            assertThat(k.screen()).isEqualTo(Screen.CONTRAINDICATIONS);
            assertThat(k.onEdt(k::texts)).containsAll(Fixture.CONTENT.contraindications().stream()
                    .map(c -> c.name()).toList());
            assertThat(k.onEdt(() -> k.showing(javax.swing.JScrollBar.class)))
                    .as("all %d conditions are seen without scrolling", Fixture.CONTENT.contraindications().size())
                    .isEmpty();
            everyTargetIsLargeEnough(k);
            k.screenshot("contraindications");

            k.touch(ContraindicationsScreen.NONE_APPLY);
            assertThat(k.screen()).isEqualTo(Screen.CHOOSE_ROUTINE);
            everyTargetIsLargeEnough(k);
            k.screenshot("choose-routine");

            k.touch("region:calves");
            assertThat(k.screen()).isEqualTo(Screen.CHOOSE_INTENSITY);
            assertThat(k.onEdt(k::texts)).contains(WORDS.intensity().maximal().descriptionFor(2),
                    String.join(" ", WORDS.intensity().method()));
            everyTargetIsLargeEnough(k);
            k.screenshot("choose-intensity");

            k.touch("maximal");
            assertThat(k.screen()).isEqualTo(Screen.HOLD);
            assertThat(k.onEdt(k::texts)).contains("Calves", WORDS.sides().left(), WORDS.hold().getReady(),
                    WORDS.hold().pause(), WORDS.hold().why(), Fixture.CONTENT.region("calves").orElseThrow().why())
                    .anyMatch(t -> t.startsWith("Step 1 of 2") && t.contains(WORDS.intensity().maximal().onHold()));
            everyTargetIsLargeEnough(k);
            k.waitFor(() -> WORDS.hold().ring().getReady().equals(((HoldScreen) k.ui.view(Screen.HOLD)).ring().shown().caption()));
            k.screenshot("hold-get-ready");
            k.advanceMillis(1_000);
            k.waitFor(() -> k.texts().contains(WORDS.hold().pause()));
            k.advanceMillis(1_100);
            assertThat(k.cues.warnings.get()).isEqualTo(1);
            k.waitFor(() -> ((HoldScreen) k.ui.view(Screen.HOLD)).ring().shown().warning());
            k.screenshot("hold-last-seconds");
            k.advanceMillis(1_000);

            assertThat(k.screen()).isEqualTo(Screen.SWITCH_SIDE);
            assertThat(k.cues.completions.get()).isEqualTo(1);
            assertThat(k.onEdt(k::texts)).contains(WORDS.between().switchSide(), WORDS.sides().right());
            k.advanceMillis(1_000);
            everyTargetIsLargeEnough(k);
            k.screenshot("switch-side");

            k.touch(SwitchSideScreen.NEXT);
            assertThat(k.screen()).isEqualTo(Screen.HOLD);
            assertThat(k.onEdt(k::texts)).contains(WORDS.sides().right(), WORDS.hold().getReady())
                    .anyMatch(t -> t.startsWith("Step 2 of 2"));
            k.advanceMillis(1_000);
            k.touchScreenAt("why");
            assertThat(k.onEdt(k::texts)).as("one tap anywhere pauses")
                    .contains(WORDS.hold().pausedByTouch(), WORDS.hold().resume());
            k.screenshot("hold-paused");
            k.touchScreenAt("steps");
            assertThat(k.onEdt(k::texts)).as("and one carries on, after the get-ready").contains(WORDS.hold().getReady());
            k.advanceMillis(1_000);
            k.advanceMillis(2_100);

            assertThat(k.screen()).isEqualTo(Screen.FINISHED);
            k.advanceMillis(1_000);
            assertThat(k.onEdt(k::texts)).contains("\u2713 2 of 2 holds", "Calves: left and right");
            everyTargetIsLargeEnough(k);
            k.screenshot("finished");

            k.touch(FinishedScreen.DONE);
            assertThat(k.screen()).isEqualTo(Screen.ATTRACT);
            assertThat(k.events()).filteredOn(e -> e instanceof KioskEvent.SessionEnded)
                    .containsExactly(new KioskEvent.SessionEnded("single-calves", KioskEvent.Outcome.FINISHED, 2, 2));
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1920, 1080", "1280, 800"})
    void oneOfTheseAppliesEndsAtAKindStopAndNeverStartsAHold(int width, int height) throws Exception {
        try (KioskWindowHarness k = new KioskWindowHarness(width, height)) {
            k.touch(AttractScreen.START);
            k.touch(ContraindicationsScreen.ONE_APPLIES);
            assertThat(k.screen()).isEqualTo(Screen.NOT_SAFE);
            assertThat(k.onEdt(k::texts)).contains(WORDS.notSafe().message());
            everyTargetIsLargeEnough(k);
            k.screenshot("not-safe");
            k.touch(NotSafeScreen.DONE);
            assertThat(k.screen()).isEqualTo(Screen.ATTRACT);
            assertThat(k.events()).noneMatch(e -> e instanceof KioskEvent.SessionStarted
                    || e instanceof KioskEvent.HoldStarted
                    || e instanceof KioskEvent.ScreenChanged s && s.to() == Screen.HOLD);
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1920, 1080", "1280, 800"})
    void theLanguageButtonSwitchesTheVisitAndTheIdleTimeoutBringsBackTheConfiguredLanguage(int width, int height)
            throws Exception {
        var german = Fixture.LANGUAGES.content("de").orElseThrow().guide();
        try (KioskWindowHarness k = new KioskWindowHarness(width, height)) {
            assertThat(k.onEdt(k::texts)).contains("\u2713 English", "Deutsch");
            k.touch("language:de");
            assertThat(k.onEdt(k::texts)).contains(german.idle().start(), "\u2713 Deutsch");
            everyTargetIsLargeEnough(k);
            k.touch(AttractScreen.START);
            assertThat(k.onEdt(k::texts)).contains(german.safety().question(), german.safety().noneApply());
            k.touch(Header.BACK);
            assertThat(k.screen()).isEqualTo(Screen.ATTRACT);
            assertThat(k.onEdt(k::texts)).as("Zurück keeps German").contains(german.idle().start(), "\u2713 Deutsch");
            k.touch(AttractScreen.START);
            k.touch(ContraindicationsScreen.ONE_APPLIES);
            k.touch(NotSafeScreen.DONE);
            assertThat(k.onEdt(k::texts)).as("Zurück zum Start keeps German").contains(german.idle().start());
            k.advanceMillis(60_000);
            assertThat(k.onEdt(k::texts)).as("untouched for the idle timeout, the next person meets English")
                    .contains(WORDS.idle().start(), "\u2713 English");
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1920, 1080", "1280, 800"})
    void withoutASensorAHoldRunsFourTapsFromIdleAndEnterThenPausesIt(int width, int height) throws Exception {
        try (KioskWindowHarness k = new KioskWindowHarness(width, height)) {
            k.touch(AttractScreen.START);
            assertThat(k.screen()).as("the safety list is confirmed every time").isEqualTo(Screen.CONTRAINDICATIONS);
            k.touch(ContraindicationsScreen.NONE_APPLY);
            k.touch("region:calves");
            k.touch("maximal");
            k.advanceMillis(1_100);
            assertThat(k.onEdt(() -> k.fixture.flow.session().timer().state()))
                    .as("running after four taps").isEqualTo(com.rollkiosk.domain.HoldTimer.State.RUNNING);
            k.waitFor(() -> java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner()
                    == k.button(HoldScreen.PRIMARY));
            k.pressEnter();
            assertThat(k.onEdt(() -> k.fixture.flow.session().timer().state()))
                    .as("Enter pressed the main action, not Back").isEqualTo(com.rollkiosk.domain.HoldTimer.State.PAUSED);
            assertThat(k.screen()).isEqualTo(Screen.HOLD);
        }
    }

    @Test
    void idleTimeoutFromAChoosingScreenReturnsToAttract() throws Exception {
        try (KioskWindowHarness k = new KioskWindowHarness(1280, 800)) {
            k.touch(AttractScreen.START);
            k.touch(ContraindicationsScreen.NONE_APPLY);
            assertThat(k.screen()).isEqualTo(Screen.CHOOSE_ROUTINE);
            k.advanceMillis(59_000);
            assertThat(k.screen()).isEqualTo(Screen.CHOOSE_ROUTINE);
            k.advanceMillis(1_000);
            assertThat(k.screen()).isEqualTo(Screen.ATTRACT);
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1920, 1080", "1280, 800"})
    void staffScreenOpensFromTheKeyboardAndEscapeLeavesIt(int width, int height) throws Exception {
        try (KioskWindowHarness k = new KioskWindowHarness(width, height)) {
            k.act(f -> {
                f.askStaffPin();
                f.enterStaff();
            });
            assertThat(k.onEdt(k::texts)).contains(Fixture.CONTENT.staff().title());
            everyTargetIsLargeEnough(k);
            k.screenshot("staff");
            k.touch(StaffScreen.LEAVE);
            assertThat(k.screen()).isEqualTo(Screen.ATTRACT);
        }
    }

    private static void everyTargetIsLargeEnough(KioskWindowHarness k) throws Exception {
        // Zero-size buttons (FlatLaf's hidden scroll-bar arrows) are not targets at all.
        for (AbstractButton b : k.onEdt(() -> k.showing(AbstractButton.class).stream()
                .filter(b -> b.getWidth() > 0 && b.getHeight() > 0).toList())) {
            assertThat(Math.min(b.getWidth(), b.getHeight())).as("size of " + b.getName() + " " + b.getClass().getName())
                    .isGreaterThanOrEqualTo(Theme.MIN_TARGET);
        }
    }
}
