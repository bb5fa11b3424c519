package com.rollkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.domain.Screen;
import org.junit.jupiter.api.Test;

/** The idle screen's language button: a session in the language chosen, the next one in the configured one. */
class LanguageChoiceTest {

    private final Fixture f = new Fixture(e -> { });
    private final Kiosk kiosk = f.kiosk();
    private final AttractPresenter attract = new AttractPresenter(kiosk);
    private AttractPresenter.Model shown;

    LanguageChoiceTest() {
        attract.attach(m -> shown = m);
    }

    @Test
    void theButtonNamesEveryLanguageInItsOwnWordsTheOneOnShowMarked() {
        attract.render();
        assertThat(shown.languages()).extracting(AttractPresenter.Language::name).containsExactly("English", "Deutsch");
        assertThat(shown.languages()).filteredOn(AttractPresenter.Language::current)
                .extracting(AttractPresenter.Language::code).containsExactly("en");
    }

    @Test
    void choosingALanguageChangesEveryWordOnShow() {
        attract.chooseLanguage("de");
        attract.render();
        assertThat(shown.start()).isEqualTo(german().guide().idle().start());
        assertThat(shown.regionName()).isEqualTo(german().regions().get(0).name());
        assertThat(kiosk.content().language()).isEqualTo("de");
    }

    private void inGerman() {
        attract.chooseLanguage("de");
        f.flow.start();
        kiosk.follow();
    }

    private String language() {
        kiosk.follow();
        return kiosk.content().language();
    }

    @Test
    void backFromTheSafetyListOrTheNotSafeScreenKeepsTheLanguage() {
        inGerman();
        f.flow.back();
        assertThat(f.flow.screen()).isEqualTo(Screen.ATTRACT);
        assertThat(language()).as("Zurück on the safety list").isEqualTo("de");
        f.flow.start();
        f.flow.oneApplies();
        f.flow.dismiss();
        assertThat(f.flow.screen()).isEqualTo(Screen.ATTRACT);
        assertThat(language()).as("Zurück zum Start on the not-safe screen").isEqualTo("de");
    }

    @Test
    void theEndOfASessionBringsBackTheConfiguredLanguage() {
        inGerman();
        f.flow.noneApply();
        f.flow.chooseRoutine(new RoutinePresenter(kiosk).plan("region:calves"));
        f.flow.chooseIntensity(com.rollkiosk.domain.Intensity.MAXIMAL);
        assertThat(language()).as("through the routine").isEqualTo("de");
        f.flow.endRoutine();
        f.flow.confirmEnd();
        assertThat(language()).as("on the finished screen").isEqualTo("de");
        f.flow.dismiss();
        assertThat(language()).isEqualTo("en");
    }

    @Test
    void anIdleTimeoutAnywhereBringsBackTheConfiguredLanguage() {
        inGerman();
        f.clock.advanceSeconds(60);
        f.flow.tick();
        assertThat(f.flow.screen()).isEqualTo(Screen.ATTRACT);
        assertThat(language()).as("timed out on the safety list").isEqualTo("en");

        attract.chooseLanguage("de");
        f.clock.advanceSeconds(59);
        f.flow.tick();
        assertThat(language()).as("the idle screen a little after choosing").isEqualTo("de");
        f.clock.advanceSeconds(1);
        f.flow.tick();
        assertThat(language()).as("nobody touched it for the idle timeout").isEqualTo("en");
    }

    private static com.rollkiosk.content.Content german() {
        return Fixture.LANGUAGES.content("de").orElseThrow();
    }
}
