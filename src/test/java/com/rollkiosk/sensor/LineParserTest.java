package com.rollkiosk.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineParserTest {

    private final LineParser parser = new LineParser();
    private final List<String> out = new ArrayList<>();
    private final LineParser.Sink sink = new LineParser.Sink() {
        @Override
        public void sample(double value) {
            out.add("sample " + Readings.append(new StringBuilder(), value));
        }

        @Override
        public void info(String line) {
            out.add("info " + line);
        }

        @Override
        public void garbage() {
            out.add("garbage");
        }
    };

    private List<String> parse(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        parser.feed(bytes, 0, bytes.length, sink);
        return out;
    }

    @Test
    void crLfAndLfBothEndALine() {
        assertThat(parse("512\r\n513\n")).containsExactly("sample 512", "sample 513");
    }

    @Test
    void signedThirtyTwoBitValuesAreSamples() {
        assertThat(parse("-2147483648\n2147483647\n+7\n-0\n"))
                .containsExactly("sample -2147483648", "sample 2147483647", "sample 7", "sample 0");
    }

    @Test
    void valuesBeyondThirtyTwoBitsAreGarbage() {
        assertThat(parse("2147483648\n-2147483649\n99999999999999999999999\n"))
                .containsExactly("garbage", "garbage", "garbage");
    }

    @Test
    void hashLineIsInfo() {
        assertThat(parse("# rollkiosk-sensor 1 hx711 10Hz\r\n"))
                .containsExactly("info # rollkiosk-sensor 1 hx711 10Hz");
    }

    @Test
    void anythingElseIsGarbage() {
        assertThat(parse("abc\n12a\n-\n\n 5\n5 \n1.5\n"))
                .containsExactly("garbage", "garbage", "garbage", "garbage", "garbage", "garbage", "garbage");
    }

    @Test
    void lineOverSixtyFourBytesIsGarbage() {
        String sixtyFour = "0".repeat(63) + "7";

        assertThat(parse(sixtyFour + "\r\n" + sixtyFour + "0\n" + "#".repeat(500) + "\n1\n"))
                .containsExactly("sample 7", "garbage", "garbage", "sample 1");
    }

    @Test
    void lineSplitAcrossReadsIsJoined() {
        parse("5");
        parse("1");
        parse("2\r");
        assertThat(parse("\n")).containsExactly("sample 512");
    }

    @Test
    void resetDropsAHalfLine() {
        parse("12");
        parser.reset();

        assertThat(parse("34\n")).containsExactly("sample 34");
    }
}
