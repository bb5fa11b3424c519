package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.Cases;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quick read counts every line as the general one does, the odd and the torn ones too. */
class EventFieldsTest {

    private static final String[] EVENTS = {"session_start", "session_end", "hold_complete", "screen", "hold_start",
        "attract_card", ""};

    /** A line as the kiosk writes it, or one bent as a power cut, a hand edit or another program bends it. */
    private static String line(Cases c) {
        String t = c.oneOf("\"2025-01-14T08:06:00Z\"", "\"2025-01-14T23:59:59.999Z\"", "\"2025-03-30T00:30:00Z\"",
                "\"2025-01-14\"", "12", "null", "{}", "\"\"");
        String event = c.oneOf(EVENTS);
        StringBuilder b = new StringBuilder("{");
        b.append("\"t\":").append(t);
        b.append(",\"event\":").append(c.oneOf("\"" + event + "\"", "\"" + event + "\"", "\"" + event + "\"", "5", "null",
                "[\"session_start\"]", "true"));
        b.append(c.oneOf("", ",\"outcome\":\"finished\"", ",\"outcome\":\"abandoned\"", ",\"outcome\":null",
                ",\"outcome\":1"));
        b.append(c.oneOf("", ",\"region\":\"calves\"", ",\"region\":\"it-band\"", ",\"region\":null", ",\"region\":7",
                ",\"region\":2.50", ",\"region\":{\"a\":[1,2]}", ",\"region\":\"a,\\\"b\\\"\"", ",\"region\":\"Wade\u00e4\""));
        b.append(c.oneOf("", ",\"screen\":\"not_safe\"", ",\"screen\":\"attract\"", ",\"screen\":[]"));
        b.append(c.oneOf("", ",\"steps\":17", ",\"extra\":{\"t\":\"x\",\"event\":\"y\"}", ",\"event\":\"session_start\"",
                ",\"t\":\"2025-01-15T08:00:00Z\""));
        b.append("}");
        String whole = b.toString();
        return switch (c.between(0, 9)) {
            case 0 -> whole.substring(0, c.between(0, whole.length()));
            case 1 -> whole + whole;
            case 2 -> whole + " trailing";
            case 3 -> "[" + whole + "]";
            case 4 -> " \t" + whole + "  ";
            default -> whole;
        };
    }

    @Test
    void theQuickReadCountsEveryLineAsTheGeneralOneDoes() {
        Cases.check(1000, c -> {
            ActivityStats quick = new ActivityStats(ZoneId.of("Europe/Berlin"), null, null);
            ActivityStats general = new ActivityStats(ZoneId.of("Europe/Berlin"), null, null);
            for (int i = 0; i < 20; i++) {
                String line = line(c);
                quick.add(line);
                if (!line.isBlank()) {
                    general.addGeneral(line);
                }
                assertThat(quick.skipped()).as(line).isEqualTo(general.skipped());
                assertThat(quick.days()).as(line).isEqualTo(general.days());
                assertThat(quick.regionRows()).as(line).isEqualTo(general.regionRows());
            }
        });
    }

    private static String[] read(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return EventFields.read(bytes, 0, bytes.length);
    }

    @Test
    void thePlainLineIsTakenQuicklyAndAnOddOneIsLeftToTheGeneralRead() {
        assertThat(read("{\"t\":\"2025-01-14T08:06:00Z\",\"event\":\"hold_complete\",\"region\":\"calves\","
                + "\"side\":\"left\",\"target_s\":30,\"steady_pct\":null,\"resumed\":false,\"x\":-1.5e+3}"))
                .containsExactly("2025-01-14T08:06:00Z", "hold_complete", null, "calves", null);
        for (String odd : List.of("{\"t\":\"x\",\"event\":5}", "{\"t\":\"x\",\"t\":\"y\"}", "{\"t\":\"x\"} {}",
                "{\"t\":\"x\"", "{\"t\":\"x\",\"n\":01}", "{\"t\":\"x\",\"n\":1.}", "{\"t\":\"x\",\"n\":-}",
                "{\"t\":\"a\\\"b\"}", "{\"t\":\"\u00e4\"}", "{\"t\":\"x\",}", "{\"t\":\"x\",\"o\":{}}", "[1]",
                "{\"t\":\"x\",\"n\":tru}", "{\"t\":\"x\"\t\u000b}")) {
            assertThat(read(odd)).as(odd).isNull();
        }
    }

    @Test
    void aPlainStampReadsAsInstantParseReadsItAndAnOddOneIsLeftToIt() {
        Cases.check(1000, c -> {
            Instant at = Instant.ofEpochSecond(c.between(0L, 4_102_444_800L), c.oneOf(0, 0, 1_000_000, 123_456_000, 1));
            String plain = at.toString();
            assertThat(Stamps.epochSecond(plain)).as(plain).isEqualTo(at.getEpochSecond());

            StringBuilder bent = new StringBuilder(plain);
            int where = c.between(0, bent.length() - 1);
            bent.setCharAt(where, c.oneOf('0', '9', '3', '6', '-', ':', 'T', '.', 'Z', ' '));
            String odd = bent.toString();
            long quick = Stamps.epochSecond(odd);
            if (quick != Stamps.NOT_PLAIN) {
                assertThat(quick).as(odd).isEqualTo(Instant.parse(odd).getEpochSecond());
            }
        });
        assertThat(Stamps.epochSecond("2025-02-29T00:00:00Z")).isEqualTo(Stamps.NOT_PLAIN);
        assertThat(Stamps.epochSecond("2025-01-14T08:00Z")).isEqualTo(Stamps.NOT_PLAIN);
    }
}
