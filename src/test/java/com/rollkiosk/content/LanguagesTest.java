package com.rollkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.json.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One folder per language, and every language with the same regions, routines, conditions and keys. */
class LanguagesTest {

    @TempDir
    Path dir;

    private ContentCopy copy;

    /** The shipped content with a third language, "fr", copied from English. */
    @BeforeEach
    void withAThirdLanguage() throws Exception {
        copy = ContentCopy.of(dir);
        ContentCopy.copyTree(dir.resolve("en"), dir.resolve("fr"));
    }

    @Test
    void addingALanguageIsAddingItsFolder() throws Exception {
        Languages languages = ContentLoader.load(dir, "en");
        assertThat(languages.codes()).startsWith("en").contains("fr");
        assertThat(languages.content("fr")).isPresent();
    }

    @Test
    void theConfiguredLanguageComesFirst() throws Exception {
        assertThat(ContentLoader.load(dir, "fr").codes()).startsWith("fr");
        assertThat(ContentLoader.load(dir, "en").first().language()).isEqualTo("en");
    }

    @Test
    void aKeyMissingInOneLanguageIsRefusedInThatLanguage() throws Exception {
        copy.replace("fr/regions.json", "\"where\": \"Back of the lower leg\",", "");
        assertThat(copy.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(dir.resolve("fr/regions.json").toString());
            assertThat(p.field()).isEqualTo("regions[0].where");
            assertThat(p.message()).isEqualTo("missing required field");
        });
    }

    @Test
    void aRegionOnlyOneLanguageHasIsRefusedAtThatRegion() throws Exception {
        copy.replace("fr/regions.json", "{ \"regions\": [", """
                { "regions": [
                  { "id": "feet", "name": "Pieds", "where": "Sole", "why": "Ours.",
                    "teaser": "Soles", "steps": ["One.", "Two.", "Three."], "sided": true, "position": "sitting",
                    "illustration": "illustrations/calves.svg" },""");
        Problem p = copy.problems().get(0);
        assertThat(p.file()).endsWith(Path.of("fr", "regions.json").toString());
        assertThat(p.field()).isEqualTo("regions[0].id");
        assertThat(p.message()).contains("\"feet\" is not in en", "same regions");
        assertThat(copy.lineOf(p)).contains("\"feet\"");
    }

    @Test
    void aRegionMissingInOneLanguageIsRefusedNamingIt() throws Exception {
        String regions = Files.readString(dir.resolve("fr/regions.json"));
        int quads = regions.indexOf("  { \"id\": \"quads\"");
        int upperBack = regions.indexOf("  { \"id\": \"upper-back\"");
        Files.writeString(dir.resolve("fr/regions.json"), regions.substring(0, quads) + regions.substring(upperBack));
        copy.replace("fr/routines.json", "\"hamstrings\", \"quads\", \"upper-back\"", "\"hamstrings\", \"upper-back\"");
        copy.replace("fr/routines.json", "\"it-band\", \"tfl\", \"quads\"", "\"it-band\", \"tfl\"");
        copy.replace("fr/routines.json", "\"hamstrings\", \"quads\", \"upper-back\"", "\"hamstrings\", \"upper-back\"");
        assertThat(copy.problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("no region \"quads\", which en has"));
    }

    @Test
    void aConditionAddedInOnlyOneLanguageIsRefusedInTheOthers() throws Exception {
        copy.replace("en/contraindications.json", "{ \"contraindications\": [", """
                { "contraindications": [
                  { "id": "pregnancy", "name": "Pregnancy", "gloss": "Ask your midwife first" },""");
        assertThat(copy.problems()).extracting(p -> dir.relativize(Path.of(p.file())).toString())
                .containsExactlyInAnyOrder(Path.of("de", "contraindications.json").toString(),
                        Path.of("fr", "contraindications.json").toString());
        assertThat(copy.problems()).allSatisfy(p ->
                assertThat(p.message()).contains("no condition \"pregnancy\", which en has"));
    }

    @Test
    void aRegionWithDifferentSidesInOneLanguageIsRefused() throws Exception {
        copy.replace("fr/regions.json", "\"sided\": false", "\"sided\": true");
        assertThat(copy.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("regions[8].sided");
            assertThat(p.message()).contains("same in every language");
        });
    }

    @Test
    void aStrongStepInOneLanguageOnlyIsRefused() throws Exception {
        copy.replace("fr/regions.json", "\"strongStep\": \"For more pressure, cross the other leg on top.\",", "");
        assertThat(copy.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("regions[0].strongStep");
            assertThat(p.message()).contains("en has one");
        });
    }

    @Test
    void aRoutineWithOtherRegionsInOneLanguageIsRefused() throws Exception {
        copy.replace("fr/routines.json", "\"regions\": [\"calves\", \"peroneals\"]", "\"regions\": [\"peroneals\"]");
        assertThat(copy.problems()).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("routines[1].regions"));
    }

    @Test
    void aFolderNotNamedByALanguageCodeIsRefused() throws Exception {
        Files.createDirectories(dir.resolve("French"));
        assertThat(copy.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("French");
            assertThat(p.message()).contains("not a language code");
        });
    }

    @Test
    void aLanguageFolderWithNoFilesIsRefusedFileByFile() throws Exception {
        Files.createDirectories(dir.resolve("es"));
        assertThat(copy.problems()).extracting(p -> Path.of(p.file()).getFileName().toString())
                .contains(ContentLoader.REGIONS, ContentLoader.GUIDE);
        assertThat(copy.problems()).allSatisfy(p -> assertThat(p.message()).isEqualTo("file not found"));
    }
}
