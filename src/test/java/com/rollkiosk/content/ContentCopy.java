package com.rollkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.json.InvalidFilesException;
import com.rollkiosk.json.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** A copy of the shipped content in a temporary folder, to break in one place and load. */
final class ContentCopy {

    static final Path SHIPPED = Path.of("content");

    final Path dir;

    private ContentCopy(Path dir) {
        this.dir = dir;
    }

    static ContentCopy of(Path dir) throws IOException {
        copyTree(SHIPPED, dir);
        return new ContentCopy(dir);
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    /** Replaces the first occurrence of {@code from} in a file of the copy; the edit must apply. */
    void replace(String file, String from, String to) throws IOException {
        Path path = dir.resolve(file);
        String text = Files.readString(path);
        assertThat(text).as("the test's own edit must apply").contains(from);
        Files.writeString(path, text.replaceFirst(Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    /** The problems loading the copy reports; fails the test when it loads. */
    List<Problem> problems() {
        try {
            ContentLoader.load(dir, "en");
        } catch (InvalidFilesException e) {
            return e.problems();
        }
        throw new AssertionError("the broken content was accepted");
    }

    /** The line a problem points at, to check it names the right place. */
    String lineOf(Problem p) throws IOException {
        return Files.readAllLines(Path.of(p.file())).get(p.line() - 1);
    }
}
