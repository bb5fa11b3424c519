package com.rollkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import org.junit.jupiter.api.Test;

/** The out-of-order screen's built-in words: every one present in each language, German really German. */
class OutOfOrderWordsTest {

    @Test
    void everyLanguageHasEveryWordAndGermanIsNotEnglish() throws Exception {
        OutOfOrderWords en = OutOfOrderWords.of("en");
        OutOfOrderWords de = OutOfOrderWords.of("de");
        for (RecordComponent c : OutOfOrderWords.class.getRecordComponents()) {
            String english = (String) c.getAccessor().invoke(en);
            String german = (String) c.getAccessor().invoke(de);
            assertThat(english).as("en " + c.getName()).isNotBlank();
            assertThat(german).as("de " + c.getName()).isNotBlank();
            if (!c.getName().equals("ok")) {
                assertThat(german).as("de " + c.getName()).isNotEqualTo(english);
            }
        }
        assertThat(en.tryAgain()).contains("{seconds}");
        assertThat(de.tryAgain()).contains("{seconds}");
    }

    @Test
    void aLanguageWithoutBuiltInWordsGetsEnglish() {
        assertThat(OutOfOrderWords.of("fr")).isEqualTo(OutOfOrderWords.of("en"));
        assertThat(OutOfOrderWords.of(null)).isEqualTo(OutOfOrderWords.of("en"));
    }
}
