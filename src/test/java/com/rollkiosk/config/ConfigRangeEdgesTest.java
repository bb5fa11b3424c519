package com.rollkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rollkiosk.json.Problem;
import com.rollkiosk.json.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every range of {@code kiosk.json} at its edges: the bound itself is accepted, one past it is
 * refused naming the field, so a bound moved by one or a check left out shows.
 */
class ConfigRangeEdgesTest {

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    private List<Problem> withValue(String field, double value) throws Exception {
        return withValues(field, value);
    }

    /** The problems with the shipped config after setting each field named to the number after it. */
    private List<Problem> withValues(Object... fieldsAndValues) throws Exception {
        ObjectNode config = (ObjectNode) json.readTree(Path.of("config/kiosk.json").toFile());
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            String[] path = ((String) fieldsAndValues[i]).split("\\.");
            ObjectNode parent = path.length == 1 ? config : (ObjectNode) config.get(path[0]);
            String name = path[path.length - 1];
            double value = ((Number) fieldsAndValues[i + 1]).doubleValue();
            if (value == Math.rint(value)) {
                parent.put(name, (long) value);
            } else {
                parent.put(name, value);
            }
        }
        Path file = Files.write(dir.resolve("kiosk.json"), json.writeValueAsBytes(config));
        Problems problems = new Problems();
        ConfigLoader.check(file, List.of("en", "de"), problems);
        return problems.all();
    }

    @org.junit.jupiter.api.Test
    void theHoldsKeepTheirOwnBoundsAndTheStrongHoldStaysTheShortOne() throws Exception {
        assertThat(withValues("hold.maximalSeconds", 5)).isEmpty();
        assertThat(withValues("hold.maximalSeconds", 4)).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("must be between 5 and 600, was 4"));
        assertThat(withValues("hold.minimalSeconds", 600)).isEmpty();
        assertThat(withValues("hold.minimalSeconds", 601)).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("must be between 5 and 600, was 601"));
        assertThat(withValues("hold.maximalSeconds", 89, "hold.minimalSeconds", 90)).isEmpty();
        assertThat(withValues("hold.maximalSeconds", 90, "hold.minimalSeconds", 90)).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("hold.maximalSeconds"));
    }

    @ParameterizedTest(name = "{0} from {1} to {2}")
    @CsvSource({
        "hold.getReadySeconds, 0, 60",
        "hold.warningSeconds, 0, 60",
        "hold.switchSideSeconds, 1, 120",
        "attract.idleTimeoutSeconds, 10, 3600",
        "attract.cardPeriodSeconds, 2, 120",
        "attract.finishedSeconds, 2, 300",
        "sensor.baud, 300, 2000000",
        "sensor.debounceOnMs, 0, 2000",
        "sensor.debounceOffMs, 0, 5000",
        "sensor.silenceTimeoutMs, 100, 60000",
        "sensor.reconnectMinMs, 50, 1500",
        "sensor.reconnectMaxMs, 250, 600000",
        "sensor.field, 1, 8",
        "sound.volume, 0, 100",
        "display.screen, 0, 15",
        "display.cursorHideSeconds, 1, 600",
    })
    void eachRangeTakesItsBoundsAndRefusesOnePast(String field, long min, long max) throws Exception {
        assertThat(withValue(field, min)).as("%s = %d", field, min).isEmpty();
        assertThat(withValue(field, max)).as("%s = %d", field, max).isEmpty();
        // reconnectMinMs is also bounded by reconnectMaxMs (1500 in the shipped file), reconnectMaxMs by reconnectMinMs (250).
        assertThat(withValue(field, min - 1)).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo(field),
                        p -> assertThat(p.message()).endsWith("was " + (min - 1)));
        if (!field.equals("sensor.reconnectMinMs")) {
            assertThat(withValue(field, max + 1)).singleElement()
                    .satisfies(p -> assertThat(p.field()).isEqualTo(field),
                            p -> assertThat(p.message()).isEqualTo("must be between " + min + " and " + max
                                    + ", was " + (max + 1)));
        }
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "sensor.baseline, -2147483648, true",
        "sensor.baseline, 2147483647, true",
        "sensor.baseline, -2147483649, false",
        "sensor.baseline, 2147483648, false",
    })
    void theBaselineMayBeAnyIntegerReading(String field, double value, boolean accepted) throws Exception {
        List<Problem> problems = withValue(field, value);
        assertThat(problems.stream().filter(p -> p.field().equals(field))).hasSize(accepted ? 0 : 1);
    }

    @org.junit.jupiter.api.Test
    void equalThresholdsAreRefusedForTheyWouldFlicker() throws Exception {
        assertThat(withSensorThresholds(200, 199)).isEmpty();
        assertThat(withSensorThresholds(200, 200)).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("sensor.offThreshold"));
    }

    @org.junit.jupiter.api.Test
    void countOnlyIsContactOrSteadyAndNothingElse() throws Exception {
        ObjectNode config = (ObjectNode) json.readTree(Path.of("config/kiosk.json").toFile());
        ((ObjectNode) config.get("hold")).put("countOnly", "sometimes");
        Path file = Files.write(dir.resolve("kiosk.json"), json.writeValueAsBytes(config));
        Problems problems = new Problems();

        assertThat(ConfigLoader.check(file, List.of("en", "de"), problems)).isEmpty();
        assertThat(problems.all()).singleElement().satisfies(p -> assertThat(p.toString())
                .endsWith(": hold.countOnly: must be \"contact\" or \"steady\", was \"sometimes\""));
    }

    private List<Problem> withSensorThresholds(double on, double off) throws Exception {
        ObjectNode config = (ObjectNode) json.readTree(Path.of("config/kiosk.json").toFile());
        ((ObjectNode) config.get("sensor")).put("onThreshold", on).put("offThreshold", off);
        Path file = Files.write(dir.resolve("kiosk.json"), json.writeValueAsBytes(config));
        Problems problems = new Problems();
        ConfigLoader.check(file, List.of("en", "de"), problems);
        return problems.all();
    }
}
