package com.rollkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rollkiosk.json.InvalidFilesException;
import com.rollkiosk.json.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

    static final Path SHIPPED = Path.of("content");

    @TempDir
    Path dir;

    /** A copy of the shipped content to break in one place. */
    private Path copy() throws IOException {
        try (Stream<Path> files = Files.walk(SHIPPED)) {
            for (Path from : files.sorted(Comparator.naturalOrder()).toList()) {
                Path to = dir.resolve(SHIPPED.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        return dir;
    }

    private void replace(String file, String from, String to) throws IOException {
        Path path = dir.resolve(file);
        String text = Files.readString(path);
        assertThat(text).as("the test's own edit must apply").contains(from);
        Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }

    private List<Problem> problems() {
        try {
            ContentLoader.load(dir);
        } catch (InvalidFilesException e) {
            return e.problems();
        }
        throw new AssertionError("the broken content was accepted");
    }

    @Test
    void theShippedContentHasTheNineRegionsInTheGuidesOrder() throws Exception {
        Content content = ContentLoader.load(SHIPPED);
        assertThat(content.regions()).extracting(Region::id).containsExactly("calves", "peroneals", "it-band",
                "tfl", "piriformis", "adductors", "hamstrings", "quads", "upper-back");
        assertThat(content.regions()).filteredOn(r -> !r.hasSides()).extracting(Region::id).containsExactly("upper-back");
    }

    @Test
    void theShippedContentListsAllTwentyFiveContraindications() throws Exception {
        assertThat(ContentLoader.load(SHIPPED).contraindications()).hasSize(25);
    }

    @Test
    void theShippedRoutinesIncludeTheFullNineAndShortOnes() throws Exception {
        Content content = ContentLoader.load(SHIPPED);
        assertThat(content.routines()).anySatisfy(r -> assertThat(r.regions()).hasSize(9));
        assertThat(content.routines().stream().filter(r -> r.regions().size() < 9)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void theShippedGuideFillsInTheHoldTargets() throws Exception {
        Guide guide = ContentLoader.load(SHIPPED).guide();
        assertThat(guide.maximal().descriptionFor(30)).contains("30").doesNotContain("{seconds}");
        assertThat(guide.minimal().descriptionFor(90)).contains("90");
    }

    @Test
    void aRoutineNamingAMissingRegionIsRefusedWithItsLineAndField() throws Exception {
        copy();
        replace("routines.json", "\"calves\"", "\"ankles\"");
        Problem p = problems().get(0);
        assertThat(p.file()).endsWith("routines.json");
        assertThat(p.field()).matches("routines\\[\\d+]\\.regions\\[\\d+]");
        assertThat(p.message()).contains("ankles");
        String line = Files.readAllLines(dir.resolve("routines.json")).get(p.line() - 1);
        assertThat(line).contains("\"ankles\"");
    }

    @Test
    void aDuplicateIdIsRefused() throws Exception {
        copy();
        replace("contraindications.json", "\"id\": \"goiter\"", "\"id\": \"malignancy\"");
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("contraindications[1].id");
            assertThat(p.message()).contains("duplicate");
            assertThat(p.line()).isEqualTo(3);
        });
    }

    @Test
    void aMissingIllustrationIsRefused() throws Exception {
        copy();
        Files.delete(dir.resolve("illustrations/quads.svg"));
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("regions[7].illustration");
            assertThat(p.message()).contains("not found");
        });
    }

    @Test
    void aMissingRequiredFieldIsRefused() throws Exception {
        copy();
        replace("regions.json", "\"teaser\": \"Free up your ankles to take each landing\",", "");
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("regions[0].teaser");
            assertThat(p.message()).isEqualTo("missing required field");
        });
    }

    @Test
    void tooFewStepsAreRefused() throws Exception {
        copy();
        replace("regions.json", "\"Cross the other leg on top for more pressure.\",", "");
        replace("regions.json", "\"Put your hands behind you and lift your hips.\",", "");
        assertThat(problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("3 to 5 steps"));
    }

    @Test
    void aWrongTypeIsRefusedWithItsField() throws Exception {
        copy();
        replace("regions.json", "\"sided\": true", "\"sided\": \"yes\"");
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("regions[0].sided");
            assertThat(p.message()).contains("true or false");
        });
    }

    @Test
    void anIntensityThatDoesNotSayHowLongIsRefused() throws Exception {
        copy();
        replace("guide.json", "Hold {seconds} seconds with light", "Hold a while with light");
        assertThat(problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("minimal.description"));
    }

    @Test
    void problemsInSeveralFilesAreAllReportedAtOnce() throws Exception {
        copy();
        replace("regions.json", "\"name\": \"Calves\"", "\"name\": \"Calves\", \"colour\": \"red\"");
        replace("guide.json", "\"tagline\"", "\"tagline\": 3, \"x\"");
        Files.writeString(dir.resolve("routines.json"), "{ \"routines\": [ ");
        assertThat(problems()).extracting(Problem::file).map(f -> Path.of(f).getFileName().toString())
                .contains("regions.json", "guide.json", "routines.json");
    }

    @Test
    void aGymMayAddARegionOfItsOwn() throws Exception {
        copy();
        replace("regions.json", "{ \"regions\": [", """
                { "regions": [
                  { "id": "feet", "name": "Feet", "where": "Sole of the foot", "why": "Our own.",
                    "teaser": "Soles", "steps": ["One.", "Two.", "Three."], "sided": true,
                    "illustration": "illustrations/calves.svg" },""");
        assertThat(ContentLoader.load(dir).regions()).hasSize(10);
    }

    @Test
    void aMissingContentFolderIsReportedNotThrown() {
        assertThatThrownBy(() -> ContentLoader.load(dir.resolve("nowhere")))
                .isInstanceOf(InvalidFilesException.class)
                .hasMessageContaining("regions.json:1:1: (file): file not found");
    }
}
