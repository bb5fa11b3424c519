package com.rollkiosk.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.Cases;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LineParserPropertyTest {

    private static final int CASES = 1000;


    /** Collects what the parser reports; anything but samples is kept as text. */
    private static final class Collect implements LineParser.Sink {
        final List<Double> samples = new ArrayList<>();
        final List<String> others = new ArrayList<>();

        @Override
        public void sample(double v) {
            samples.add(v);
        }

        @Override
        public void info(String text) {
            others.add("info " + text);
        }

        @Override
        public void garbage() {
            others.add("garbage");
        }
    }

    private static Collect parse(String text) {
        Collect sink = new Collect();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        new LineParser().feed(bytes, 0, bytes.length, sink);
        return sink;
    }

    @Test
    void everyIntPrintedByTheSketchParsesBack() {
        Cases.check(CASES, c -> {
            int value = c.anyInt();
            Collect sink = parse(value + (c.bool() ? "\r\n" : "\n"));

            assertThat(sink.others).isEmpty();
            assertThat(sink.samples).containsExactly((double) value);
        });
    }

    @Test
    void anyIntPrintedWithALabelAndAUnitParsesBack() {
        Cases.check(CASES, c -> {
            int value = c.anyInt();
            Collect sink = parse(label(c) + value + unit(c) + end(c));

            assertThat(sink.others).isEmpty();
            assertThat(sink.samples).containsExactly((double) value);
        });
    }

    /** As Arduino's {@code Serial.print(x, digits)} writes a float: plain, with up to six decimals. */
    @Test
    void anyDecimalPrintedWithALabelAndAUnitParsesBack() {
        Cases.check(CASES, c -> {
            BigDecimal value = decimal(c);
            Collect sink = parse(label(c) + value.toPlainString() + unit(c) + end(c));

            assertThat(sink.others).isEmpty();
            assertThat(sink.samples).containsExactly(value.doubleValue());
        });
    }

    @Test
    void randomBytesNeverThrowAndEachLineEndGivesOneResult() {
        Cases.check(CASES, c -> {
            byte[] bytes = c.bytes(400);
            int readSize = c.between(1, 64);
            Collect sink = new Collect();
            LineParser parser = new LineParser(c.between(1, 8));
            for (int off = 0; off < bytes.length; off += readSize) {
                parser.feed(bytes, off, Math.min(readSize, bytes.length - off), sink);
            }

            int lineEnds = 0;
            for (int i = 0; i < bytes.length; i++) {
                boolean lfOfCrLf = bytes[i] == '\n' && i > 0 && bytes[i - 1] == '\r';
                if ((bytes[i] == '\n' || bytes[i] == '\r') && !lfOfCrLf) {
                    lineEnds++;
                }
            }
            assertThat(sink.samples.size() + sink.others.size()).isEqualTo(lineEnds);
            assertThat(sink.samples).allSatisfy(v ->
                    assertThat(v).isBetween((double) Integer.MIN_VALUE, (double) Integer.MAX_VALUE));
            assertThat(parser.lastLineWithoutReading().length()).isLessThanOrEqualTo(LineParser.MAX_LINE);
        });
    }

    /**
     * Lines of signs and digits, our sketch's form and its near misses, read as they come and in
     * any read size, give what the general path gives for the same lines after a space.
     */
    @Test
    void aLineOfSignsAndDigitsReadsAsTheGeneralPathReadsIt() {
        Cases.check(CASES, c -> {
            List<String> lines = c.list(0, 8, () -> c.oneOf("", "", "-", "+", "--", "-+")
                    + c.oneOf("", "", "0", "0000000000") + c.string(0, 21, "0123456789"));
            String end = end(c);
            int readSize = c.between(1, 64);
            byte[] plain = lines.stream().map(l -> l + end).collect(Collectors.joining())
                    .getBytes(StandardCharsets.US_ASCII);
            Collect fast = new Collect();
            LineParser fastParser = new LineParser();
            for (int off = 0; off < plain.length; off += readSize) {
                fastParser.feed(plain, off, Math.min(readSize, plain.length - off), fast);
            }
            byte[] spaced = lines.stream().map(l -> " " + l + end).collect(Collectors.joining())
                    .getBytes(StandardCharsets.US_ASCII);
            Collect general = new Collect();
            LineParser generalParser = new LineParser();
            generalParser.feed(spaced, 0, spaced.length, general);

            assertThat(fast.samples).isEqualTo(general.samples);
            assertThat(fast.others).isEqualTo(general.others);
            assertThat(fastParser.lastLineWithoutReading()).isEqualTo(generalParser.lastLineWithoutReading());
        });
    }

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_";

    /** Nothing, or a word and one of the separators a sketch prints before its reading. */
    private static String label(Cases c) {
        if (c.bool()) {
            return "";
        }
        return c.string(1, 12, LETTERS) + c.oneOf(": ", "=", " ", ":\t", " = ");
    }

    private static String unit(Cases c) {
        return c.oneOf("", " kg", " g", " N", " units", " %");
    }

    private static String end(Cases c) {
        return c.oneOf("\n", "\r\n", "\r");
    }

    /** Any value in the int range with 0 to 6 decimals. */
    private static BigDecimal decimal(Cases c) {
        int scale = c.between(0, 6);
        long unit = BigInteger.TEN.pow(scale).longValueExact();
        long unscaled = c.between(Integer.MIN_VALUE * unit, Integer.MAX_VALUE * unit);
        return new BigDecimal(BigInteger.valueOf(unscaled), scale);
    }
}
