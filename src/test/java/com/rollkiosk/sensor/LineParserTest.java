package com.rollkiosk.sensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule of PROTOCOL.md's accepted forms, each named after its rule. */
class LineParserTest {

    private LineParser parser = new LineParser();
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
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        parser.feed(bytes, 0, bytes.length, sink);
        return out;
    }

    /** Each line on its own, LF-ended, so one result per line. */
    private List<String> lines(String... lines) {
        return parse(String.join("\n", lines) + "\n");
    }

    @Test
    void crLfLfAndALoneCrEachEndOneLine() {
        assertThat(parse("512\r\n513\n514\r515\r\n")).containsExactly(
                "sample 512", "sample 513", "sample 514", "sample 515");
    }

    @Test
    void crLfSplitBetweenReadsEndsOneLine() {
        parse("5\r");
        assertThat(parse("\n6\n")).containsExactly("sample 5", "sample 6");
    }

    @Test
    void signedThirtyTwoBitValuesAreSamples() {
        assertThat(lines("-2147483648", "2147483647", "+7", "-0", "-2147483648.00"))
                .containsExactly("sample -2147483648", "sample 2147483647", "sample 7", "sample 0",
                        "sample -2147483648");
    }

    @Test
    void valuesBeyondThirtyTwoBitsAreGarbage() {
        assertThat(lines("2147483648", "-2147483649", "2147483647.5", "-2147483648.01", "Weight: 99999999999 g"))
                .containsOnly("garbage").hasSize(5);
    }

    @Test
    void moreThanEighteenSignificantDigitsIsGarbage() {
        assertThat(lines("0.1234567890123456789", "0.123456789012345678", "000000000000000000000000001",
                "0.000000000000000000000000000000000000000000000000000000000005"))
                .containsExactly("garbage", "sample 0.12345678901234568", "sample 1", "sample 5.0E-60");
    }

    @Test
    void hashLineIsInfo() {
        assertThat(parse("# rollkiosk-sensor 1 hx711 10Hz\r\n"))
                .containsExactly("info # rollkiosk-sensor 1 hx711 10Hz");
    }

    @Test
    void numberAfterALabelIsTheReading() {
        assertThat(lines("Load_cell output val: 12.34", "Reading: 512", "weight=-3.5", "HX711 reading: -123456"))
                .containsExactly("sample 12.34", "sample 512", "sample -3.5", "sample -123456");
    }

    @Test
    void numberFollowedByAUnitAfterASpaceIsTheReading() {
        assertThat(lines("12.3 kg", "-4 g", "Weight: 80 %")).containsExactly("sample 12.3", "sample -4", "sample 80");
    }

    @Test
    void decimalsAndNegativeNumbersAreReadings() {
        assertThat(lines("1.5", "-0.25", "0.05", "+1.0", "-3.50"))
                .containsExactly("sample 1.5", "sample -0.25", "sample 0.05", "sample 1", "sample -3.5");
    }

    @Test
    void spacesAroundANumberAreAllowed() {
        assertThat(lines(" 5", "5 ", "\t-5\t")).containsExactly("sample 5", "sample 5", "sample -5");
    }

    @Test
    void digitsJoinedToLettersArePartOfAWord() {
        assertThat(lines("HX711", "A0", "12kg", "v1.2.3", "1e5", "cell_1", "12\u00b0C"))
                .containsOnly("garbage").hasSize(7);
        assertThat(parse("A0=512\nLoadCell_1: 7\n")).endsWith("sample 512", "sample 7");
    }

    @Test
    void signCountsOnlyAtTheStartOrAfterANonAlphanumeric() {
        assertThat(lines("x=-5", "(-5)", "a-5", "5-3", "--5", "- 5"))
                .containsExactly("sample -5", "sample -5", "garbage", "garbage", "garbage", "sample 5");
    }

    @Test
    void aNumberWithTwoPointsIsNotANumber() {
        assertThat(lines("12.34.56", "Version 1.2.3")).containsExactly("garbage", "garbage");
    }

    @Test
    void aTrailingSentenceDotIsFine() {
        assertThat(lines("Weight: 12.", "Weight: 12.5.", "Weight: 12..")).containsExactly("sample 12", "sample 12.5", "garbage");
    }

    @Test
    void nanAndInfAreWordsNotNumbers() {
        assertThat(lines("nan", "inf", "NaN", "-inf", "ovf", "Infinity")).containsOnly("garbage").hasSize(6);
    }

    @Test
    void thousandsSeparatorsMakeTheLineGarbage() {
        assertThat(lines("1,234", "12,345,678", "-1,234.5", "Weight: 1,234 g", "512,498", "7 1,000"))
                .containsOnly("garbage").hasSize(6);
    }

    @Test
    void aCommaNotFollowedByExactlyThreeDigitsSeparatesFields() {
        assertThat(lines("512,4980", "512, 498", "1,23", "1.5,234", "x:12,y:34"))
                .containsExactly("sample 512", "sample 512", "sample 1", "sample 1.5", "sample 12");
    }

    @Test
    void fieldChoosesWhichNumberOnTheLineIsTheReading() {
        parser = new LineParser(2);

        assertThat(lines("512 498", "512\t498", "512;498", "512, 498", "t=10 v=-20.5", "HX711 1 2 3"))
                .containsExactly("sample 498", "sample 498", "sample 498", "sample 498", "sample -20.5", "sample 2");
    }

    @Test
    void lineWithFewerNumbersThanFieldHasNoReading() {
        parser = new LineParser(3);

        assertThat(lines("1 2", "1 2 3")).containsExactly("garbage", "sample 3");
    }

    @Test
    void anOverflowingNumberInAnotherFieldDoesNotSpoilTheReading() {
        parser = new LineParser(2);

        assertThat(lines("4294967295 512", "512 4294967295")).containsExactly("sample 512", "garbage");
    }

    @Test
    void fieldOutsideOneToEightIsRefused() {
        assertThatThrownBy(() -> new LineParser(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LineParser(LineParser.MAX_FIELD + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lineWithNoNumberIsGarbage() {
        assertThat(lines("abc", "", "   ", "-", ".", "Hello")).containsOnly("garbage").hasSize(6);
    }

    @Test
    void lineOverSixtyFourBytesIsGarbage() {
        String sixtyFour = "0".repeat(63) + "7";

        assertThat(parse(sixtyFour + "\r\n" + sixtyFour + "0\n" + "#".repeat(500) + "\n1\n"))
                .containsExactly("sample 7", "garbage", "garbage", "sample 1");
    }

    @Test
    void lineSplitAcrossReadsIsJoined() {
        parse("Val");
        parse("ue: 5");
        parse("1");
        parse("2.5\r");
        assertThat(parse("\n")).containsExactly("sample 512.5");
    }

    @Test
    void resetDropsAHalfLine() {
        parse("12");
        parser.reset();

        assertThat(parse("34\n")).containsExactly("sample 34");
    }

    @Test
    void anEmptyReadBetweenTheHalvesOfACrLfChangesNothing() {
        parse("5\r");
        parser.feed("\n".getBytes(StandardCharsets.US_ASCII), 0, 0, sink);

        assertThat(parse("\n")).containsExactly("sample 5");
    }

    @Test
    void aSignWithoutDigitsIsGarbage() {
        assertThat(lines("-", "+", "--5", "+-5", "-+5")).containsOnly("garbage").hasSize(5);
    }

    @Test
    void leadingZerosAreNotSignificantInABareInteger() {
        assertThat(lines("007", "-0000000000000000000000042", "+0", "0000000000000000002147483647"))
                .containsExactly("sample 7", "sample -42", "sample 0", "sample 2147483647");
    }

    @Test
    void aBareIntegerTooLongForALongIsGarbageNotAWrappedValue() {
        assertThat(lines("999999999999999999", "9999999999999999999", "-99999999999999999999", "18446744073709551617"))
                .containsOnly("garbage").hasSize(4);
    }

    @Test
    void emptyLinesBetweenBareIntegersAreGarbage() {
        assertThat(parse("\n5\r\r\n\n6\r")).containsExactly("garbage", "sample 5", "garbage", "garbage", "sample 6");
    }

    @Test
    void aCrEndingAReadEndsTheBareIntegerBeforeIt() {
        parse("512\r");
        parse("\r");
        assertThat(parse("6\n")).containsExactly("sample 512", "garbage", "sample 6");
    }

    @Test
    void aBareIntegerSplitBetweenReadsIsOneReading() {
        parse("-");
        parse("12\r");
        parse("\n3");
        assertThat(parse("4\n")).containsExactly("sample -12", "sample 34");
    }

    @Test
    void aBareIntegerEndingAReadWaitsForItsLineEnd() {
        assertThat(parse("7\n-123")).containsExactly("sample 7");
        assertThat(parse("\n")).containsExactly("sample 7", "sample -123");
    }

    @Test
    void onlyTheGivenPartOfTheBufferIsRead() {
        byte[] bytes = "99\n12\n99".getBytes(StandardCharsets.US_ASCII);
        parser.feed(bytes, 3, 3, sink);

        assertThat(out).containsExactly("sample 12");
        assertThatThrownBy(() -> parser.feed(bytes, 3, bytes.length, sink)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aBareIntegerIsNoReadingWhenALaterFieldIsChosen() {
        parser = new LineParser(2);
        parse("512\n5");

        assertThat(parse("12\n")).containsExactly("garbage", "garbage");
    }

    @Test
    void theLatestNonBlankLineWithoutAReadingSinceTheLastReadingIsKeptTrimmedForADiagnosis() {
        assertThat(parser.lastLineWithoutReading()).isEmpty();

        parse("  Hello there \r\n\r\n   \r\n");
        assertThat(parser.lastLineWithoutReading()).isEqualTo("Hello there");

        parse("# info\n" + "x".repeat(100) + "\n");
        assertThat(parser.lastLineWithoutReading()).isEqualTo("x".repeat(LineParser.MAX_LINE));

        parse("7\n");
        assertThat(parser.lastLineWithoutReading()).as("a reading ends the stretch").isEmpty();

        parse("# hello\n" + " ".repeat(LineParser.MAX_LINE) + "\n");
        assertThat(parser.lastLineWithoutReading()).as("info, then a full line of spaces").isEqualTo("# hello");

        parse("1\r\n-99999999999\r\n");
        assertThat(parser.lastLineWithoutReading()).isEqualTo("-99999999999");
    }

    @Test
    void readingsInEveryAcceptedFormAllocateNothingPerLine() {
        byte[] bytes = "Load_cell output val: 12.34\r\n512\r\nweight=-3.5 kg\r\nHX711 reading: -123456\n"
                .repeat(250).getBytes(StandardCharsets.US_ASCII);
        double[] sum = new double[1];
        LineParser.Sink adding = new LineParser.Sink() {
            @Override
            public void sample(double value) {
                sum[0] += value;
            }

            @Override
            public void info(String line) {
                sum[0] = Double.NaN;
            }

            @Override
            public void garbage() {
                sum[0] = Double.NaN;
            }
        };
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        int rounds = 20;
        for (int r = 0; r < rounds; r++) {
            parser.feed(bytes, 0, bytes.length, adding);
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int r = 0; r < rounds; r++) {
            parser.feed(bytes, 0, bytes.length, adding);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(sum[0]).isFinite();
        assertThat(allocated).as("bytes allocated for %d lines", rounds * 1000).isLessThan(rounds * 1000 / 4);
    }
}
