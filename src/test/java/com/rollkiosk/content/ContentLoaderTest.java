package com.rollkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rollkiosk.json.InvalidFilesException;
import com.rollkiosk.json.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

    static final Path SHIPPED = ContentCopy.SHIPPED;

    @TempDir
    Path dir;

    private ContentCopy copy;

    private ContentCopy copy() throws IOException {
        copy = ContentCopy.of(dir);
        return copy;
    }

    private void replace(String file, String from, String to) throws IOException {
        copy.replace(file, from, to);
    }

    private List<Problem> problems() {
        return copy.problems();
    }

    @Test
    void theShippedContentHasTheNineRegionsInTheGuidesOrder() throws Exception {
        Content content = ContentLoader.load(SHIPPED, "en").first();
        assertThat(content.regions()).extracting(Region::id).containsExactly("calves", "peroneals", "it-band",
                "tfl", "piriformis", "adductors", "hamstrings", "quads", "upper-back");
        assertThat(content.regions()).filteredOn(r -> !r.hasSides()).extracting(Region::id).containsExactly("upper-back");
    }

    @Test
    void theShippedContentIsCompleteInEnglishAndGerman() throws Exception {
        Languages languages = ContentLoader.load(SHIPPED, "en");
        assertThat(languages.codes()).containsExactly("en", "de");
        Content german = languages.content("de").orElseThrow();
        assertThat(german.guide().language()).isEqualTo("Deutsch");
        assertThat(german.contraindications()).hasSize(25);
        assertThat(german.regions()).extracting(Region::id)
                .isEqualTo(languages.first().regions().stream().map(Region::id).toList());
    }

    @Test
    void theShippedContentListsAllTwentyFiveContraindications() throws Exception {
        assertThat(ContentLoader.load(SHIPPED, "en").first().contraindications()).hasSize(25);
    }

    @Test
    void theShippedRoutinesIncludeTheFullNineAndShortOnes() throws Exception {
        Content content = ContentLoader.load(SHIPPED, "en").first();
        assertThat(content.routines()).anySatisfy(r -> assertThat(r.regions()).hasSize(9));
        assertThat(content.routines().stream().filter(r -> r.regions().size() < 9)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void theShippedGuideFillsInTheHoldTargets() throws Exception {
        Guide guide = ContentLoader.load(SHIPPED, "en").first().guide();
        assertThat(guide.intensity().maximal().descriptionFor(30)).contains("30").doesNotContain("{seconds}");
        assertThat(guide.intensity().minimal().descriptionFor(90)).contains("90");
    }

    @Test
    void aRoutineNamingAMissingRegionIsRefusedWithItsLineAndField() throws Exception {
        copy();
        replace("en/routines.json", "\"calves\"", "\"ankles\"");
        Problem p = problems().get(0);
        assertThat(p.file()).endsWith("routines.json");
        assertThat(p.field()).matches("routines\\[\\d+]\\.regions\\[\\d+]");
        assertThat(p.message()).contains("ankles");
        String line = Files.readAllLines(dir.resolve("en/routines.json")).get(p.line() - 1);
        assertThat(line).contains("\"ankles\"");
    }

    @Test
    void aDuplicateIdIsRefused() throws Exception {
        copy();
        replace("en/contraindications.json", "{ \"contraindications\": [\n", """
                { "contraindications": [
                  { "id": "goiter", "name": "Our own", "gloss": "A gym's addition" },
                """);
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("contraindications[2].id");
            assertThat(p.message()).contains("duplicate");
            assertThat(p.line()).isEqualTo(4);
        });
    }

    @Test
    void aMissingIllustrationIsRefused() throws Exception {
        copy();
        Files.delete(dir.resolve("illustrations/quads.svg"));
        assertThat(problems()).as("each language names the shared drawing").hasSize(2).allSatisfy(p -> {
            assertThat(p.field()).isEqualTo("regions[7].illustration");
            assertThat(p.message()).contains("not found");
        });
    }

    @Test
    void aMissingRequiredFieldIsRefused() throws Exception {
        copy();
        replace("en/regions.json", "\"teaser\": \"Free up your ankles to take each landing\",", "");
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("regions[0].teaser");
            assertThat(p.message()).isEqualTo("missing required field");
        });
    }

    @Test
    void tooFewStepsAreRefused() throws Exception {
        copy();
        replace("en/regions.json", "\"Put your hands behind you and lift your hips.\",", "");
        assertThat(problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("3 to 5 steps"));
    }

    @Test
    void theStrongStepCountsTowardsTheFiveStepsAScreenHasRoomFor() throws Exception {
        copy();
        replace("en/regions.json", "\"Sit with the roller under one calf.\",",
                "\"Sit with the roller under one calf.\", \"One.\", \"Two.\",");
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("regions[0].steps");
            assertThat(p.message()).contains("strongStep included, has 6");
        });
    }

    @Test
    void stepsThatAddPressureAreForTheStrongHoldOnly() throws Exception {
        Region calves = ContentLoader.load(SHIPPED, "en").first().region("calves").orElseThrow();
        assertThat(calves.stepsFor(false)).doesNotContain(calves.strongStep());
        assertThat(calves.stepsFor(true)).contains(calves.strongStep())
                .endsWith(calves.steps().get(calves.steps().size() - 1));
        assertThat(calves.stepsFor(false)).noneMatch(step -> step.toLowerCase().contains("more pressure"));
    }

    @Test
    void aWrongTypeIsRefusedWithItsField() throws Exception {
        copy();
        replace("en/regions.json", "\"sided\": true", "\"sided\": \"yes\"");
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("regions[0].sided");
            assertThat(p.message()).contains("true or false");
        });
    }

    @Test
    void anIntensityThatDoesNotSayHowLongIsRefused() throws Exception {
        copy();
        replace("en/guide.json", "Hold {seconds} seconds at mild", "Hold a while at mild");
        assertThat(problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("intensity.minimal.description"));
    }

    @Test
    void problemsInSeveralFilesAreAllReportedAtOnce() throws Exception {
        copy();
        replace("en/regions.json", "\"name\": \"Calves\"", "\"name\": \"Calves\", \"colour\": \"red\"");
        replace("en/guide.json", "\"tagline\"", "\"tagline\": 3, \"x\"");
        Files.writeString(dir.resolve("en/routines.json"), "{ \"routines\": [ ");
        assertThat(problems()).extracting(Problem::file).map(f -> Path.of(f).getFileName().toString())
                .contains("regions.json", "guide.json", "routines.json");
    }

    @Test
    void aGymMayAddAConditionOfItsOwn() throws Exception {
        copy();
        for (String language : List.of("en", "de")) {
            replace(language + "/contraindications.json", "{ \"contraindications\": [", """
                    { "contraindications": [
                      { "id": "pregnancy", "name": "Pregnancy", "gloss": "Ask your midwife first" },""");
        }
        assertThat(ContentLoader.load(dir, "en").first().contraindications()).hasSize(26);
    }

    @Test
    void removingOneOfTheGuidesConditionsIsRefusedWithItsPlace() throws Exception {
        copy();
        replace("en/contraindications.json",
                "  { \"id\": \"osteoporosis\", \"name\": \"Weak bones (osteoporosis)\", \"gloss\": \"Weak, brittle bones\" },\n",
                "");
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("contraindications.json");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.field()).isEqualTo("contraindications");
            assertThat(p.message()).isEqualTo("the guide's condition \"osteoporosis\" is missing; a gym may add"
                    + " conditions but may not remove any of the guide's 25");
        });
    }

    @Test
    void aListCutDownToOneConditionIsRefusedNamingEveryOneRemoved() throws Exception {
        copy();
        Files.writeString(dir.resolve("en/contraindications.json"), """
                { "contraindications": [
                  { "id": "malignancy", "name": "Cancer (malignancy)", "gloss": "Cancer of any kind" }
                ] }
                """);
        assertThat(problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("the guide's conditions \"goiter\", \"osteoporosis\"", "\"bleeding-disorder\" are missing"));
    }

    @Test
    void aGymMayAddARegionOfItsOwnInEveryLanguage() throws Exception {
        copy();
        for (String language : List.of("en", "de")) {
            replace(language + "/regions.json", "{ \"regions\": [", """
                    { "regions": [
                      { "id": "feet", "name": "Feet", "where": "Sole of the foot", "why": "Our own.",
                        "teaser": "Soles", "steps": ["One.", "Two.", "Three."], "sided": true, "position": "sitting",
                        "illustration": "illustrations/calves.svg" },""");
        }
        assertThat(ContentLoader.load(dir, "en").first().regions()).hasSize(10);
    }

    @Test
    void aMissingContentFolderIsReportedNotThrown() {
        assertThatThrownBy(() -> ContentLoader.load(dir.resolve("nowhere"), "en"))
                .isInstanceOf(InvalidFilesException.class)
                .hasMessageContaining("nowhere:1:1: (folder): not found");
    }
}
