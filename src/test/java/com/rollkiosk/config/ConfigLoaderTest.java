package com.rollkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.json.InvalidFilesException;
import com.rollkiosk.json.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    static final Path SHIPPED = Path.of("config/kiosk.json");

    @TempDir
    Path dir;

    private Path shippedWith(String from, String to) throws IOException {
        String text = Files.readString(SHIPPED);
        assertThat(text).as("the test's own edit must apply").contains(from);
        Path file = dir.resolve("kiosk.json");
        Files.writeString(file, text.replace(from, to));
        return file;
    }

    private static List<Problem> problems(Path file) {
        try {
            ConfigLoader.load(file);
        } catch (InvalidFilesException e) {
            return e.problems();
        }
        throw new AssertionError("the broken config was accepted");
    }

    @Test
    void theShippedConfigHoldsThirtyAndNinetySeconds() throws Exception {
        KioskConfig config = ConfigLoader.load(SHIPPED);
        assertThat(config.hold().maximalSeconds()).isEqualTo(30);
        assertThat(config.hold().minimalSeconds()).isEqualTo(90);
        assertThat(config.sensor().baud()).isEqualTo(115200);
    }

    @Test
    void anEmptyObjectStartsAKioskWithDefaults() throws Exception {
        Path file = dir.resolve("kiosk.json");
        Files.writeString(file, "{}");
        assertThat(ConfigLoader.load(file)).isEqualTo(KioskConfig.defaults());
    }

    @Test
    void anOutOfRangeValueIsRefusedWithItsLineColumnAndField() throws Exception {
        Path file = shippedWith("\"debounceOnMs\": 150", "\"debounceOnMs\": -5");
        Problem p = problems(file).get(0);
        assertThat(p.field()).isEqualTo("sensor.debounceOnMs");
        assertThat(p.message()).isEqualTo("must be between 0 and 2000, was -5");
        String line = Files.readAllLines(file).get(p.line() - 1);
        assertThat(line.substring(p.column() - 1)).startsWith("-5");
    }

    @Test
    void hiddenRoutinesAreRoutineIdsAndNoneAreHiddenByDefault() throws Exception {
        assertThat(ConfigLoader.load(SHIPPED).hiddenRoutines()).isEmpty();
        Path hidden = shippedWith("\"language\": \"en\"", "\"language\": \"en\", \"hiddenRoutines\": [\"desk-worker\"]");
        assertThat(ConfigLoader.load(hidden).hiddenRoutines()).containsExactly("desk-worker");
        Path bad = shippedWith("\"language\": \"en\"", "\"language\": \"en\", \"hiddenRoutines\": [\"Desk worker\"]");
        assertThat(problems(bad)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("hiddenRoutines[0]");
            assertThat(p.message()).contains("\"Desk worker\"");
        });
    }

    @Test
    void whatStaffModeWritesLoadsBackTheSame() throws Exception {
        KioskConfig edited = KioskConfig.defaults().with(new HoldSettings(45, 120, null, null, null, "steady"),
                new AttractSettings(90, 10, null), new SoundSettings(false, 30), "de", List.of("full"));
        Path file = Files.write(dir.resolve("kiosk.json"), ConfigWriter.toJson(edited));
        assertThat(ConfigLoader.load(file, List.of("en", "de"))).isEqualTo(edited);
    }

    @Test
    void metricsAreOffUnlessAnAddressIsGivenAndAnAddressIsTheLoadersToKeepNotToJudge() throws Exception {
        assertThat(ConfigLoader.load(SHIPPED).metrics().enabled()).isFalse();
        for (String off : List.of("{ \"metrics\": {} }", "{ \"metrics\": { \"listen\": null } }",
                "{ \"metrics\": { \"listen\": \"\" } }", "{ \"metrics\": null }")) {
            Path file = Files.writeString(dir.resolve("off.json"), off);
            assertThat(ConfigLoader.load(file).metrics().enabled()).as(off).isFalse();
        }
        // An address that cannot be bound is check's problem, not the loader's: the kiosk must start on its settings.
        Path on = Files.writeString(dir.resolve("on.json"), "{ \"metrics\": { \"listen\": \"192.0.2.1:70000\" } }");
        assertThat(ConfigLoader.load(on).metrics()).isEqualTo(new MetricsSettings("192.0.2.1:70000"));
        Path edited = Files.write(dir.resolve("saved.json"),
                ConfigWriter.toJson(KioskConfig.defaults().withMetrics(new MetricsSettings("127.0.0.1:9464"))));
        assertThat(ConfigLoader.load(edited).metrics().listen()).isEqualTo("127.0.0.1:9464");
        Path typo = Files.writeString(dir.resolve("typo.json"), "{ \"metrics\": { \"port\": 9464 } }");
        assertThat(problems(typo)).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("metrics.port"));
    }

    @Test
    void anUnknownFieldIsRefused() throws Exception {
        Path file = shippedWith("\"volume\": 80", "\"volume\": 80, \"bass\": 3");
        assertThat(problems(file)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("sound.bass");
            assertThat(p.message()).startsWith("unknown field");
            assertThat(Files.readAllLines(file).get(p.line() - 1)).contains("bass");
        });
    }

    @Test
    void aWrongTypeIsRefused() throws Exception {
        Path file = shippedWith("\"baud\": 115200", "\"baud\": \"fast\"");
        assertThat(problems(file)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("sensor.baud");
            assertThat(p.message()).isEqualTo("must be a whole number, was the text \"fast\"");
        });
    }

    @Test
    void aDecimalIsNotSilentlyCutToAWholeNumber() throws Exception {
        Path file = shippedWith("\"maximalSeconds\": 30", "\"maximalSeconds\": 30.5");
        assertThat(problems(file)).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("hold.maximalSeconds"));
    }

    @Test
    void brokenSyntaxIsRefusedWithTheLineItBreaksOn() throws Exception {
        Path file = shippedWith("\"volume\": 80", "\"volume\": 80,,");
        assertThat(problems(file)).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("malformed JSON");
            assertThat(Files.readAllLines(file).get(p.line() - 1)).contains(",,");
        });
    }

    @Test
    void theOffLevelMustBeBelowTheOnLevel() throws Exception {
        Path file = shippedWith("\"port\": \"auto\",", "\"port\": \"auto\", \"onThreshold\": 200, \"offThreshold\": 250,");
        assertThat(problems(file)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("sensor.offThreshold");
            assertThat(p.message()).contains("lower than sensor.onThreshold");
        });
    }

    @Test
    void thresholdsAreSetTogetherOrLearnedTogether() throws Exception {
        Path file = shippedWith("\"port\": \"auto\",", "\"port\": \"auto\", \"onThreshold\": 200,");
        assertThat(problems(file)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("sensor.onThreshold");
            assertThat(p.message()).contains("go together");
        });
    }

    @Test
    void theShippedConfigLeavesTheLevelsToBeLearned() throws Exception {
        SensorSettings sensor = ConfigLoader.load(Path.of("config/kiosk.json")).sensor();

        assertThat(sensor.baseline()).isNull();
        assertThat(sensor.onThreshold()).isNull();
        assertThat(sensor.offThreshold()).isNull();
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() throws Exception {
        Path file = shippedWith("\"volume\": 80", "\"volume\": 800, \"treble\": 1")
                ;
        String text = Files.readString(file).replace("\"idleTimeoutSeconds\": 60", "\"idleTimeoutSeconds\": 1");
        Files.writeString(file, text);
        assertThat(problems(file)).extracting(Problem::field)
                .containsExactlyInAnyOrder("sound.volume", "sound.treble", "attract.idleTimeoutSeconds");
    }

    @Test
    void aLanguageThatIsNoLanguageCodeIsRefused() throws Exception {
        Path file = shippedWith("\"language\": \"en\"", "\"language\": \"English\"");
        assertThat(problems(file)).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("language"));
    }

    @Test
    void aLanguageWithNoContentIsRefusedAtItsLine() throws Exception {
        Path file = shippedWith("\"language\": \"en\"", "\"language\": \"fr\"");
        try {
            ConfigLoader.load(file, List.of("de", "en"));
            throw new AssertionError("a language with no content was accepted");
        } catch (InvalidFilesException e) {
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("language");
                assertThat(p.message()).isEqualTo("no content for \"fr\"; the content folder has de, en");
                assertThat(Files.readAllLines(file).get(p.line() - 1)).contains("\"fr\"");
            });
        }
    }

    @Test
    void theStrongHoldMustBeTheShorterOne() throws Exception {
        Path file = shippedWith("\"maximalSeconds\": 30", "\"maximalSeconds\": 120");
        assertThat(problems(file)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("hold.maximalSeconds");
            assertThat(p.message()).contains("shorter than hold.minimalSeconds (90)", "was 120");
        });
    }

    @Test
    void holdsOfEqualLengthAreRefusedToo() throws Exception {
        Path file = shippedWith("\"maximalSeconds\": 30", "\"maximalSeconds\": 90");
        assertThat(problems(file)).extracting(Problem::field).containsExactly("hold.maximalSeconds");
    }

    @Test
    void theSensorFieldIsOneToEight() throws Exception {
        for (String bad : new String[] {"0", "9"}) {
            Path file = shippedWith("\"field\": 1", "\"field\": " + bad);
            assertThat(problems(file)).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("sensor.field");
                assertThat(p.message()).isEqualTo("must be between 1 and 8, was " + bad);
            });
        }
        assertThat(ConfigLoader.load(shippedWith("\"field\": 1", "\"field\": 8")).sensor().field()).isEqualTo(8);
    }
}
