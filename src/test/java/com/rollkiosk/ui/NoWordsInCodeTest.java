package com.rollkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Words a runner or staff member reads live in content/, per language: the screens' code holds none. */
class NoWordsInCodeTest {

    private static final Path UI = Path.of("src/main/java/com/rollkiosk/ui");
    /** Two words, or one capitalised or shouted word: what a screen would show. */
    private static final Pattern WORDS = Pattern.compile(
            "\\p{L}{2,}\\s+\\p{L}{2,}|^\\p{Lu}\\p{Ll}+[.!?]?$|^\\p{Lu}{3,}$");
    /** Not read by anyone: the font's name and key strokes. */
    private static final Set<String> NOT_WORDS = Set.of("DejaVu Sans", "ctrl shift S", "ESCAPE", "ENTER");

    @Test
    void noStringLiteralInTheScreensLooksLikeWords() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(UI)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                for (String literal : literals(Files.readString(file))) {
                    if (WORDS.matcher(literal).find() && !NOT_WORDS.contains(literal)) {
                        found.add(file.getFileName() + ": \"" + literal + "\"");
                    }
                }
            }
        }
        assertThat(found).as("words belong in content/<language>/guide.json").isEmpty();
    }

    @Test
    void theCheckSeesWordsWhereTheyAre() {
        assertThat(literals("String a = \"Tap to start\"; // \"in a comment\"\n/* \"Done\" */ b(\"Done\");"))
                .containsExactly("Tap to start", "Done");
        assertThat(literals("throw new IllegalStateException(\"no such thing\");")).isEmpty();
        assertThat(literals("LOG.log(Level.ERROR,\n \"tick failed\", e);")).isEmpty();
        assertThat(WORDS.matcher("SECONDS").find()).isTrue();
        assertThat(WORDS.matcher("region-name").find()).isFalse();
    }

    /** The string literals of a Java source, leaving out comments, exception messages and log lines (for developers). */
    static List<String> literals(String source) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("//[^\\n]*|/\\*.*?\\*/|\"((?:[^\"\\\\\\n]|\\\\.)*)\"|'(?:[^'\\\\]|\\\\.)'",
                Pattern.DOTALL).matcher(source);
        while (m.find()) {
            if (m.group(1) != null && !forDevelopers(source, m.start())) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    private static boolean forDevelopers(String source, int at) {
        int statement = Math.max(source.lastIndexOf(';', at), source.lastIndexOf('{', at));
        String before = source.substring(statement + 1, at);
        return before.contains("Exception(") || before.contains("LOG.log(");
    }
}
