package com.rollkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.config.KioskConfig;
import com.rollkiosk.content.Languages;
import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a 1280x800 screen makes small, read as the preview draws it: the safety list's
 * explanations, the routine cards' area counts, and the gauge's marks.
 */
class SmallScreenReadingTest {

    /** The least size of the safety list's explanations at 1280x800, in pixels. */
    private static final int GLOSS_PX = 20;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en", "de"})
    void theSafetyListsExplanationsAreAtLeast20PxAndUseTheRoomThereIs(String language) throws Exception {
        List<String> found = new ArrayList<>();
        walk(language, 1280, 800, (name, root) -> {
            if (!name.equals("safety-list")) {
                return;
            }
            int lowest = 0;
            int glosses = 0;
            for (WrapText t : all(root, WrapText.class)) {
                if (t.getForeground().equals(Theme.MUTED)) {
                    glosses++;
                    if (t.getFont().getSize() < GLOSS_PX) {
                        found.add("\"" + t.getText() + "\" is " + t.getFont().getSize() + " px");
                    }
                }
                Rectangle r = SwingUtilities.convertRectangle(t.getParent(), t.getBounds(), root);
                lowest = Math.max(lowest, r.y + r.height);
            }
            int answers = all(root, javax.swing.AbstractButton.class).stream()
                    .mapToInt(b -> SwingUtilities.convertRectangle(b.getParent(), b.getBounds(), root).y).min().orElseThrow();
            assertThat(glosses).as("every condition is explained").isEqualTo(25);
            assertThat(answers - lowest).as("room left empty under the list, in px").isLessThan(4 * GLOSS_PX);
        });
        assertThat(found).isEmpty();
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource({"en, 1280, 800", "de, 1280, 800", "en, 1920, 1080", "de, 1920, 1080"})
    void aRoutineCardsAreaCountIsNeverBrokenAcrossLines(String language, int width, int height) throws Exception {
        Map<String, String> broken = new TreeMap<>();
        walk(language, width, height, (name, root) -> {
            if (!name.equals("routine")) {
                return;
            }
            for (WrapText t : all(root, WrapText.class)) {
                List<String> lines = t.lines();
                for (int i = 1; i < lines.size(); i++) {
                    String before = lines.get(i - 1).strip();
                    String after = lines.get(i).strip();
                    // A line ending in the separator or a bare number, or one that starts with the count's word.
                    if (before.endsWith("·") || before.matches(".*·\\s*\\d+") || after.matches("\\p{L}+\\b.*")
                            && before.matches(".*\\d+")) {
                        broken.put(t.getText(), String.join(" / ", lines));
                    }
                }
            }
        });
        assertThat(broken).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en", "de"})
    void theGaugesMarksAreLabelledInTheLanguageOnShow(String language) throws Exception {
        Languages languages = Fixture.LANGUAGES.withFirst(language);
        var words = languages.first().guide().sensor();
        List<List<String>> gauges = new ArrayList<>();
        walk(language, 1280, 800, (name, root) -> {
            if (name.equals("hold-coaching-steady")) {
                all(root, PressureGauge.class).forEach(g -> gauges.add(g.shownTexts()));
            }
        });
        assertThat(gauges).singleElement().asList().contains(words.gaugeOn(), words.gaugeOff());
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource({"en, 1280, 800", "de, 1280, 800", "en, 1920, 1080", "de, 1920, 1080"})
    void noTextIsShorterThanItsLines(String language, int width, int height) throws Exception {
        Map<String, List<String>> clipped = new TreeMap<>();
        walk(language, width, height, (name, root) -> {
            for (WrapText t : all(root, WrapText.class)) {
                // The hold screen's coaching prompt is the runner's flow's (issue 17, flow): left to it.
                boolean prompt = t.getFont().equals(Theme.forSize(width, height).title()) && name.startsWith("hold");
                if (!prompt && t.getHeight() > 0 && t.getHeight() < t.getPreferredSize().height) {
                    clipped.computeIfAbsent(name, k -> new ArrayList<>()).add("\"" + t.getText() + "\" is "
                            + t.getHeight() + " px of " + t.getPreferredSize().height);
                }
            }
        });
        assertThat(clipped).isEmpty();
    }

    private static void walk(String language, int width, int height,
                             java.util.function.BiConsumer<String, JComponent> each) throws Exception {
        Languages languages = Fixture.LANGUAGES.withFirst(language);
        Edt.call(() -> {
            Theme.install();
            Screenshots.walk(languages, KioskConfig.defaults(), Fixture.illustrations(), width, height, each);
            return null;
        });
    }

    private static <T> List<T> all(Component c, Class<T> type) {
        List<T> out = new ArrayList<>();
        if (!c.isVisible()) {
            return out;
        }
        if (type.isInstance(c)) {
            out.add(type.cast(c));
        }
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                out.addAll(all(child, type));
            }
        }
        return out;
    }
}
