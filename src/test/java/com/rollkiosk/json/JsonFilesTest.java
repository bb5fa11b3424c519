package com.rollkiosk.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading one JSON file into a record, every problem located by file, line, column and field. */
class JsonFilesTest {

    record Inner(Integer count) {
    }

    record Doc(String name, Integer size, Inner inner, List<String> tags) {
    }

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    private List<String> read(String json) throws Exception {
        Path file = Files.writeString(dir.resolve("doc.json"), json);
        JsonFiles.read(file, Doc.class, problems);
        String prefix = file + ":";
        return problems.all().stream().map(p -> p.toString().substring(prefix.length())).toList();
    }

    @Test
    void anEmptyFieldNameIsNamedAndPlacedNotTakenForTheWholeFile() throws Exception {
        List<String> found = read("{\n  \"name\": \"a\",\n  \"\": 3,\n  \"inner\": {\n    \"\": 1\n  }\n}\n");

        assertThat(found).containsExactlyInAnyOrder(
                "3:7: \"\": unknown field; known here: inner, name, size, tags",
                "5:9: inner.\"\": unknown field; known here: count");
    }

    @Test
    void aNewlineInAFieldNameIsShownEscapedSoEachProblemStaysOneLine() throws Exception {
        List<String> found = read("{\n  \"na\\nme\": \"a\"\n}\n");

        assertThat(found).containsExactly("2:13: na\\u000ame: unknown field; known here: inner, name, size, tags");
    }
}
