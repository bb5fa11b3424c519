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

    @Test
    void theChosenLanguageLastsTheSessionAndFallsBackOnReturningToIdle() {
        kiosk.follow(Screen.ATTRACT);
        attract.chooseLanguage("de");
        f.flow.start();
        kiosk.follow(f.flow.screen());
        assertThat(kiosk.content().language()).as("through the safety list").isEqualTo("de");
        f.flow.back();
        kiosk.follow(f.flow.screen());
        assertThat(f.flow.screen()).isEqualTo(Screen.ATTRACT);
        assertThat(kiosk.content().language()).isEqualTo("en");
    }

    private static com.rollkiosk.content.Content german() {
        return Fixture.LANGUAGES.content("de").orElseThrow();
    }
}
