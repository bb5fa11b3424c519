package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.Cases;
import java.time.ZoneId;
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

    @Test
    void thePlainLineIsTakenQuicklyAndAnOddOneIsLeftToTheGeneralRead() {
        assertThat(EventFields.read("{\"t\":\"2025-01-14T08:06:00Z\",\"event\":\"hold_complete\",\"region\":\"calves\","
                + "\"side\":\"left\",\"target_s\":30,\"steady_pct\":null}"))
                .containsExactly("2025-01-14T08:06:00Z", "hold_complete", null, "calves", null);
        assertThat(EventFields.read("{\"t\":\"x\",\"event\":5}")).isNull();
        assertThat(EventFields.read("{\"t\":\"x\",\"t\":\"y\"}")).isNull();
        assertThat(EventFields.read("{\"t\":\"x\"} {}")).isNull();
        assertThat(EventFields.read("{\"t\":\"x\"")).isNull();
    }
}
