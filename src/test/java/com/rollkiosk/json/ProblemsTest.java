package com.rollkiosk.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks rules are made of, at their edges, each problem placed where its field stands. */
class ProblemsTest {

    private final Problems problems = new Problems();
    private final Problems.In in;

    ProblemsTest() throws Exception {
        String json = "{\n  \"a\": 1,\n  \"b\": {\n    \"c\": 2\n  }\n}\n";
        in = problems.in("f.json", Locations.index(new JsonFactory().createParser(json)));
    }

    private List<String> found() {
        return problems.all().stream().map(Problem::toString).toList();
    }

    @Test
    void aWholeNumberRangeIncludesBothEnds() {
        in.range("a", 5, 5, 10);
        in.range("a", 10, 5, 10);
        assertThat(problems.isEmpty()).isTrue();

        in.range("a", 11, 5, 10);
        in.range("b.c", 4, 5, 10);
        assertThat(found()).containsExactly("f.json:2:8: a: must be between 5 and 10, was 11",
                "f.json:4:10: b.c: must be between 5 and 10, was 4");
        assertThat(problems.size()).isEqualTo(2);
    }

    @Test
    void aDecimalRangeIncludesBothEndsAndRefusesNotANumber() {
        in.range("a", 0.5, 0.5, 1.5);
        in.range("a", 1.5, 0.5, 1.5);
        assertThat(problems.isEmpty()).isTrue();

        in.range("a", 1.75, 0.5, 1.5);
        in.range("b", Double.NaN, 0.5, 1.5);
        assertThat(found()).containsExactly("f.json:2:8: a: must be between 0.5 and 1.5, was 1.75",
                "f.json:3:8: b: must be between 0.5 and 1.5, was NaN");
    }

    @Test
    void positiveMeansAboveZeroUpToTheMostIncluded() {
        in.positive("a", Double.MIN_VALUE, 100);
        in.positive("a", 100, 100);
        assertThat(problems.isEmpty()).isTrue();

        in.positive("a", 0, 100);
        in.positive("b", 100.5, 100);
        assertThat(found()).containsExactly("f.json:2:8: a: must be above 0 and at most 100, was 0",
                "f.json:3:8: b: must be above 0 and at most 100, was 100.5");
    }

    @Test
    void wholeValuesShowAsWholeNumbersUpToFifteenDigits() {
        in.range("a", 999_999_999_999_999.0, 0.5, 1.5);
        in.range("b", 1e15, 0.5, 1.5);

        assertThat(found()).containsExactly("f.json:2:8: a: must be between 0.5 and 1.5, was 999999999999999",
                "f.json:3:8: b: must be between 0.5 and 1.5, was 1.0E15");
    }

    @Test
    void textIsRequiredNotBlankAndAtMostItsLength() {
        in.text("a", "abc", 3);
        assertThat(problems.isEmpty()).isTrue();

        in.text("a", "abcd", 3);
        in.text("b", "  ", 3);
        in.text("b.c", null, 3);
        assertThat(found()).containsExactly("f.json:2:8: a: must be at most 3 characters, was 4",
                "f.json:3:8: b: must not be empty", "f.json:4:10: b.c: missing required field");
    }

    @Test
    void aMissingFieldIsPlacedAtItsNearestPresentParentAndOneProblemAFieldIsEnough() {
        in.required("b.d.e", null);
        in.required("x", null);
        in.report("b.d.e", "a second problem with the same field");

        assertThat(found()).containsExactly("f.json:3:8: b.d.e: missing required field",
                "f.json:1:1: x: missing required field");
    }
}
