package com.rollkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rollkiosk.config.KioskConfig;
import com.rollkiosk.content.Languages;
import java.awt.Component;
import java.awt.Container;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DateFormatSymbols;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.text.JTextComponent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every screen and state the preview draws, in German, read as words rather than pixels: the
 * texts of its components and what its painted parts ({@link ShownText}) draw. Each word must be
 * one of the German content's, and each number written the German way. The simulated-roller
 * toggle starts in English, as it does when a kiosk configured in English is switched to German.
 */
class GermanScreensTest {

    /** Letters only, so "Zurück" and "Übung" are words and "30 s" is not. */
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    /** A point between digits that is not a German thousands' point ("1.234"): a decimal point. */
    private static final Pattern POINT_AS_DECIMAL = Pattern.compile("\\d\\.(?!\\d{3}(?!\\d))\\d");
    /** Four digits or more with no thousands' point: written the same in every language, not the German way. */
    private static final Pattern UNGROUPED = Pattern.compile("(?<![\\d.,])\\d{4,}(?![\\d.,])");
    /** Units and marks that read the same in German. */
    private static final Set<String> SAME_IN_GERMAN = Set.of("gb", "mb", "min");

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1920, 1080", "1280, 800"})
    void everyWordOnAGermanScreenIsGermanAndEveryNumberIsWrittenTheGermanWay(int width, int height) throws Exception {
        Set<String> german = vocabulary(Path.of("content/de"));
        // The language buttons name each language in itself: "English" is right on a German screen.
        Fixture.LANGUAGES.all().forEach(c -> german.add(c.guide().language().toLowerCase(Locale.GERMAN)));
        Languages languages = Fixture.LANGUAGES.withFirst("de");
        Map<String, List<String>> foreign = new TreeMap<>();
        List<String> screens = new ArrayList<>();
        Edt.call(() -> {
            Theme.install();
            SimToggle toggle = new SimToggle(Theme.forSize(width, height),
                    Fixture.LANGUAGES.withFirst("en").first().guide().sensor(), on -> { });
            Screenshots.walk(languages, KioskConfig.defaults(), Fixture.illustrations(), width, height, toggle,
                    (name, root) -> {
                        screens.add(name);
                        List<String> found = new ArrayList<>();
                        for (String text : texts(root)) {
                            found.addAll(notGerman(text, german));
                        }
                        if (!found.isEmpty()) {
                            foreign.put(name, found);
                        }
                    });
            return null;
        });
        assertThat(screens).as("the walk reached staff mode's sections")
                .contains("safety-list", "hold-running", "staff-settings", "staff-calibration", "staff-diagnostics");
        assertThat(foreign).as("English words or English numbers on German screens").isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theCheckFindsWhatTheIssueFound() throws Exception {
        Set<String> german = vocabulary(Path.of("content/de"));
        assertThat(notGerman("Simulated roller: Off", german)).hasSize(2);
        assertThat(notGerman("Letzter Fehler: no sensor configured", german)).isNotEmpty();
        assertThat(notGerman("78.4 GB", german)).singleElement().asString().contains("decimal point");
        assertThat(notGerman("0.0", german)).hasSize(1);
        assertThat(notGerman("78,4 GB", german)).isEmpty();
        assertThat(notGerman("1.234 Messwerte", german)).isEmpty();
        assertThat(notGerman("1880", german)).singleElement().asString().contains("not grouped");
        assertThat(notGerman("Speichert in config/kiosk.json", german)).isEmpty();
    }

    /** What is wrong in one text: words that are not German, numbers with a decimal point. */
    static List<String> notGerman(String text, Set<String> german) {
        List<String> found = new ArrayList<>();
        for (String chunk : text.split("\\s+")) {
            // A path or a file name is the system's, in any language.
            if (chunk.contains("/") || chunk.contains("\\")) {
                continue;
            }
            Matcher words = WORD.matcher(chunk);
            while (words.find()) {
                String w = words.group().toLowerCase(Locale.GERMAN);
                if (!german.contains(w) && !SAME_IN_GERMAN.contains(w)) {
                    found.add("\"" + words.group() + "\" in \"" + text + "\"");
                }
            }
            if (POINT_AS_DECIMAL.matcher(chunk).find()) {
                found.add("a decimal point in \"" + text + "\"");
            }
            if (UNGROUPED.matcher(chunk).find()) {
                found.add("digits not grouped in \"" + text + "\"");
            }
        }
        return found;
    }

    /** Every word in the language's content files, and the month names its dates are written with. */
    static Set<String> vocabulary(Path folder) throws Exception {
        Set<String> words = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                collect(json.readTree(file.toFile()), words);
            }
        }
        DateFormatSymbols months = DateFormatSymbols.getInstance(Locale.GERMAN);
        for (String month : Stream.concat(Stream.of(months.getMonths()), Stream.of(months.getShortMonths())).toList()) {
            Matcher m = WORD.matcher(month);
            while (m.find()) {
                words.add(m.group().toLowerCase(Locale.GERMAN));
            }
        }
        return words;
    }

    private static void collect(JsonNode node, Set<String> words) {
        if (node.isTextual()) {
            Matcher m = WORD.matcher(node.asText());
            while (m.find()) {
                words.add(m.group().toLowerCase(Locale.GERMAN));
            }
        }
        node.forEach(child -> collect(child, words));
    }

    /** The texts on show under {@code c}: components' words and what painted parts draw. */
    static List<String> texts(Component c) {
        List<String> out = new ArrayList<>();
        if (!c.isVisible()) {
            return out;
        }
        if (c instanceof JComponent j && Boolean.TRUE.equals(j.getClientProperty(Widgets.SYSTEM_TEXT))) {
            return out;
        }
        String text = c instanceof WrapText w ? w.getText()
                : c instanceof JLabel l ? l.getText()
                : c instanceof AbstractButton b ? b.getText()
                : c instanceof JTextComponent t ? t.getText() : null;
        if (text != null && !text.isBlank()) {
            out.add(text);
        }
        if (c instanceof ShownText painted) {
            out.addAll(painted.shownTexts());
        }
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                out.addAll(texts(child));
            }
        }
        return out;
    }
}
