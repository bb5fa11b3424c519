package com.rollkiosk.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading one JSON file into a record, every problem located by file, line, column and field. */
class JsonFilesTest {

    record Inner(Integer count) {
    }

    record Doc(String name, Integer size, Inner inner, List<String> tags, Boolean on) {
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
                "3:7: \"\": unknown field; known here: inner, name, on, size, tags",
                "5:9: inner.\"\": unknown field; known here: count");
    }

    @Test
    void aNewlineInAFieldNameIsShownEscapedSoEachProblemStaysOneLine() throws Exception {
        List<String> found = read("{\n  \"na\\nme\": \"a\"\n}\n");

        assertThat(found).containsExactly("2:13: na\\u000ame: unknown field; known here: inner, name, on, size, tags");
    }

    @Test
    void eachValueOfTheWrongTypeIsNamedWithWhatItShouldBeAndWhereItStands() throws Exception {
        List<String> found = read("""
                {
                  "name": {"first": "a"},
                  "size": "abc",
                  "on": "maybe",
                  "tags": "x"
                }
                """);

        assertThat(found).containsExactlyInAnyOrder(
                "2:11: name: must be text in quotes, was an object",
                "3:11: size: must be a whole number, was the text \"abc\"",
                "4:9: on: must be true or false, was the text \"maybe\"",
                // A list refused ends the binding: Jackson cannot skip it and go on.
                "5:11: tags: must be a list [ ... ], was 'x'");
    }

    @Test
    void aNumberWhereAnObjectBelongsIsNamed() throws Exception {
        assertThat(read("{\n  \"inner\": 3\n}")).containsExactly("2:12: inner: must be an object { ... }, was 3");
    }

    @Test
    void numbersThatAreNotWholeOrTooBigForOneAreRefused() throws Exception {
        assertThat(read("{\"size\": 1.5}")).containsExactly("1:10: size: must be a whole number, was 1.5");
        Problems fresh = new Problems();
        Path file = Files.writeString(dir.resolve("big.json"), "{\n  \"size\": 3000000000\n}");
        JsonFiles.read(file, Doc.class, fresh);
        assertThat(fresh.all()).extracting(Problem::toString).containsExactly(file
                + ":2:21: size: must be a whole number from -2147483648 to 2147483647, was 3000000000");
    }

    @Test
    void brokenSyntaxIsPlacedAtTheBreakAndNamesTheFieldItWasIn() throws Exception {
        assertThat(read("{\n  \"inner\": {\"count\": 1,,}\n}")).singleElement()
                .satisfies(p -> assertThat(p).isEqualTo("2:24: inner.count: malformed JSON: Unexpected character "
                        + "(',' (code 44)): was expecting double-quote to start field name"));
    }

    @Test
    void anEmptyFileOrOneThatIsNotThereIsSaidSoPlainly() throws Exception {
        assertThat(read(" \n")).containsExactly("1:1: (file): the file is empty; expected a JSON object");
        Problems nothing = new Problems();
        Path nullFile = Files.writeString(dir.resolve("null.json"), "null");
        assertThat(JsonFiles.read(nullFile, Doc.class, nothing)).isEmpty();
        assertThat(nothing.all()).extracting(Problem::message).containsExactly("the file is empty; expected a JSON object");

        Problems fresh = new Problems();
        Path missing = dir.resolve("missing.json");
        assertThat(JsonFiles.read(missing, Doc.class, fresh)).isEmpty();
        assertThat(fresh.all()).extracting(Problem::toString).containsExactly(missing + ":1:1: (file): file not found");

        Problems folder = new Problems();
        assertThat(JsonFiles.read(dir, Doc.class, folder)).isEmpty();
        assertThat(folder.all()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("cannot read"));
    }

    @Test
    void textAfterTheDocumentIsRefused() throws Exception {
        assertThat(read("{\"name\": \"a\"}\n{}")).singleElement()
                .satisfies(p -> assertThat(p).startsWith("2:1: (file): "));
    }

    @Test
    void aGoodFileBindsWithItsLocations() throws Exception {
        Path file = Files.writeString(dir.resolve("good.json"), "{\n  \"name\": \"a\",\n  \"tags\": [\"x\"]\n}");
        var parsed = JsonFiles.read(file, Doc.class, problems);

        assertThat(problems.isEmpty()).isTrue();
        assertThat(parsed).hasValueSatisfying(p -> {
            assertThat(p.value()).isEqualTo(new Doc("a", null, null, List.of("x"), null));
            assertThat(p.locations().of("tags[0]")).containsExactly(3, 12);
        });
    }

    record Shelf(List<Inner> items, Map<String, Integer> scores, List<List<Inner>> grid, List<Integer> sizes) {
    }

    /** The problems reading {@code json} as a {@code type}, each without the file name. */
    private List<String> read(String json, Class<?> type) throws Exception {
        Path file = Files.writeString(dir.resolve(type.getSimpleName() + ".json"), json);
        Problems found = new Problems();
        JsonFiles.read(file, type, found);
        String prefix = file + ":";
        return found.all().stream().map(p -> p.toString().substring(prefix.length())).toList();
    }

    private List<String> readShelf(String json) throws Exception {
        return read(json, Shelf.class);
    }

    @Test
    void anUnknownFieldInAListOfObjectsIsNamedWithItsIndex() throws Exception {
        assertThat(readShelf("{\n  \"items\": [\n    {\"count\": 1},\n    {\"cnt\": 2}\n  ],\n"
                + "  \"grid\": [[], [{\"count\": 1, \"x\": 0}]]\n}"))
                .containsExactly("4:13: items[1].cnt: unknown field; known here: count",
                        "6:35: grid[1][0].x: unknown field; known here: count");
    }

    @Test
    void namesInsideAMapAreDataNotUnknownFields() throws Exception {
        assertThat(readShelf("{\"scores\": {\"anna\": 3, \"ben\": 4}}")).isEmpty();
    }

    @Test
    void aListWhereAnObjectBelongsOrAnObjectWhereAListBelongsIsAWrongTypeNotAnUnknownField() throws Exception {
        assertThat(read("{\n  \"inner\": [{\"x\": 1}]\n}")).containsExactly("2:12: inner: must be an object { ... }, was a list");
        assertThat(readShelf("{\n  \"items\": {\"x\": 1}\n}")).singleElement().asString().startsWith("2:12: items: must be a list");
    }

    @Test
    void aWrongValueInAListIsNamedWithItsIndex() throws Exception {
        assertThat(readShelf("{\n  \"items\": [{\"count\": 1}, {\"count\": \"two\"}]\n}"))
                .containsExactly("2:37: items[1].count: must be a whole number, was the text \"two\"");
        assertThat(readShelf("{\n  \"sizes\": [3000000000]\n}"))
                .containsExactly("2:23: sizes[0]: must be a whole number from -2147483648 to 2147483647, was 3000000000");
    }

    enum Kind { SOFT, HARD }

    record Checked(Integer n, Kind kind) {
        Checked {
            if (n != null && n < 0) {
                throw new IllegalArgumentException("n must not be negative");
            }
        }
    }

    private List<String> readChecked(String json) throws Exception {
        return read(json, Checked.class);
    }

    @Test
    void aValueTheRecordRefusesIsReportedInItsOwnWordsWithoutJavaNames() throws Exception {
        assertThat(readChecked("{\n  \"n\": -1\n}")).singleElement().asString()
                .startsWith("3:1: (file): ").endsWith("n must not be negative")
                .doesNotContain("`", "com.rollkiosk", "class ");
    }

    @Test
    void aNumberWhereANameBelongsIsPlacedAndQuoted() throws Exception {
        assertThat(readChecked("{\n  \"kind\": 5\n}")).singleElement().asString()
                .startsWith("2:11: kind: must be ").endsWith(", was the number 5");
    }

    @Test
    void aDocumentThatIsNotAnObjectSaysWhatItWas() throws Exception {
        assertThat(readChecked("[1]")).containsExactly("1:1: (file): must be an object { ... }, was a list");
        assertThat(readChecked("{\"n\": true}")).containsExactly("1:7: n: must be a whole number, was true/false");
    }

    @Test
    void aNumberTooLongToReadIsRefusedForTheWholeFile() throws Exception {
        assertThat(readChecked("{\"n\": " + "1".repeat(1200) + "}")).singleElement().asString()
                .startsWith("1:1: (file): malformed JSON: Number value length (1200) exceeds the maximum allowed (1000");
    }

    @Test
    void aTextTooLongToReadIsRefusedPlainlyNotThrown() throws Exception {
        // Jackson reads at most 20,000,000 characters of one text value, and only binding reads the text.
        assertThat(readChecked("{\"kind\": \"" + "x".repeat(20_000_001) + "\"}")).singleElement().asString()
                .startsWith("1:1: (file): String value length (20000001) exceeds the maximum allowed (20000000");
    }

    @Test
    void aFileThatLooksLikeUtf32ButIsNotCannotBeReadAndSaysSo() throws Exception {
        byte[] broken = {0, 0, 0, '{', 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0, 0, 0, '}'};
        Path file = Files.write(dir.resolve("utf32.json"), broken);

        assertThat(JsonFiles.read(file, Doc.class, problems)).isEmpty();
        assertThat(problems.all()).extracting(Problem::toString).singleElement().asString()
                .startsWith(file + ":1:1: (file): cannot read: Invalid UTF-32 character");
    }
}
