package com.rollkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.json.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every word on the screens comes from guide.json and staff.json, and each is checked like any other field. */
class GuideWordsTest {

    @TempDir
    Path dir;

    private ContentCopy copy;

    @BeforeEach
    void copyTheShippedContent() throws Exception {
        copy = ContentCopy.of(dir);
    }

    @Test
    void aMissingWordIsRefusedWithItsSection() throws Exception {
        copy.replace("en/guide.json", "\"coachSteady\": \"Good: hold here.\",", "");
        assertThat(copy.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("hold.coachSteady");
            assertThat(p.message()).isEqualTo("missing required field");
        });
    }

    @Test
    void aWordWithoutItsPlaceholderIsRefused() throws Exception {
        copy.replace("en/guide.json", "\"step\": \"Step {step} of {steps}\"", "\"step\": \"Step {step}\"");
        assertThat(copy.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("hold.step");
            assertThat(p.message()).contains("must contain {steps}");
        });
    }

    @Test
    void aPlaceholderTheKioskCannotFillIsRefused() throws Exception {
        copy.replace("en/guide.json", "\"start\": \"Tap to start\"", "\"start\": \"Tap to start {name}\"");
        assertThat(copy.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("idle.start");
            assertThat(p.message()).contains("{name}", "cannot fill in");
        });
    }

    @Test
    void aWordTooLongForItsPlaceIsRefused() throws Exception {
        copy.replace("en/guide.json", "\"noneApply\": \"", "\"noneApply\": \"Honestly and truly, ");
        assertThat(copy.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("safety.noneApply");
            assertThat(p.message()).contains("must be at most 28 characters");
        });
    }

    @Test
    void anEmptyLineInAListIsRefused() throws Exception {
        copy.replace("en/guide.json", "\"All done. Nice work.\"", "\" \"");
        assertThat(copy.problems()).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("finished.words[0]"));
    }

    @Test
    void theStaffWordsAreAFileOfTheirOwn() throws Exception {
        Files.delete(dir.resolve("en/staff.json"));
        assertThat(copy.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith(ContentLoader.STAFF);
            assertThat(p.message()).isEqualTo("file not found");
        });
    }

    @Test
    void aStaffSectionsWordIsCheckedInItsNestedPlace() throws Exception {
        copy.replace("de/staff.json", "\"notStill\": \"", "\"notStillX\": \"");
        assertThat(copy.problems()).extracting(Problem::field).contains("calibration.because.notStill");
        copy.replace("de/staff.json", "\"notStillX\": \"", "\"notStill\": \"");
        copy.replace("en/staff.json", "\"unreadable\": \"talking without readings, e.g. {example}\"",
                "\"unreadable\": \"talking without readings\"");
        assertThat(copy.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("diagnostics.states.unreadable");
            assertThat(p.message()).contains("must contain {example}");
        });
    }

    @Test
    void aRegionsPositionIsSittingOrLying() throws Exception {
        copy.replace("en/regions.json", "\"position\": \"sitting\"", "\"position\": \"standing\"");
        Problem p = copy.problems().get(0);
        assertThat(p.field()).isEqualTo("regions[0].position");
        assertThat(p.message()).contains("\"sitting\" or \"lying\"");
    }
}
