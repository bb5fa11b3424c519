package com.rollkiosk.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class LineParserPropertyTest {

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

    @Property
    void everyIntPrintedByTheSketchParsesBack(@ForAll int value, @ForAll boolean crLf) {
        Collect sink = parse(value + (crLf ? "\r\n" : "\n"));

        assertThat(sink.others).isEmpty();
        assertThat(sink.samples).containsExactly((double) value);
    }

    @Property
    void anyIntPrintedWithALabelAndAUnitParsesBack(@ForAll int value, @ForAll("labels") String label,
                                                   @ForAll("units") String unit, @ForAll("ends") String end) {
        Collect sink = parse(label + value + unit + end);

        assertThat(sink.others).isEmpty();
        assertThat(sink.samples).containsExactly((double) value);
    }

    /** As Arduino's {@code Serial.print(x, digits)} writes a float: plain, with up to six decimals. */
    @Property
    void anyDecimalPrintedWithALabelAndAUnitParsesBack(@ForAll("decimals") BigDecimal value,
                                                       @ForAll("labels") String label,
                                                       @ForAll("units") String unit, @ForAll("ends") String end) {
        Collect sink = parse(label + value.toPlainString() + unit + end);

        assertThat(sink.others).isEmpty();
        assertThat(sink.samples).containsExactly(value.doubleValue());
    }

    @Property
    void randomBytesNeverThrowAndEachLineEndGivesOneResult(@ForAll @Size(max = 400) byte[] bytes,
                                                          @ForAll @IntRange(min = 1, max = 64) int readSize,
                                                          @ForAll @IntRange(min = 1, max = 8) int field) {
        Collect sink = new Collect();
        LineParser parser = new LineParser(field);
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
    }

    /**
     * Lines of signs and digits, our sketch's form and its near misses, read as they come and in
     * any read size, give what the general path gives for the same lines after a space.
     */
    @Property
    void aLineOfSignsAndDigitsReadsAsTheGeneralPathReadsIt(@ForAll("signsAndDigits") List<String> lines,
                                                           @ForAll("ends") String end,
                                                           @ForAll @IntRange(min = 1, max = 64) int readSize) {
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
    }

    @Provide
    Arbitrary<List<String>> signsAndDigits() {
        Arbitrary<String> sign = Arbitraries.of("", "", "-", "+", "--", "-+");
        Arbitrary<String> zeros = Arbitraries.of("", "", "0", "0000000000");
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMaxLength(21);
        Arbitrary<String> line = Combinators.combine(sign, zeros, digits).as((s, z, d) -> s + z + d);
        return line.list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> labels() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .withChars('_').ofMinLength(1).ofMaxLength(12);
        return Arbitraries.oneOf(Arbitraries.just(""),
                word.flatMap(w -> Arbitraries.of(": ", "=", " ", ":\t", " = ").map(w::concat)));
    }

    @Provide
    Arbitrary<String> units() {
        return Arbitraries.of("", " kg", " g", " N", " units", " %");
    }

    @Provide
    Arbitrary<String> ends() {
        return Arbitraries.of("\n", "\r\n", "\r");
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        return Arbitraries.integers().between(0, 6).flatMap(scale -> Arbitraries.bigDecimals()
                .between(BigDecimal.valueOf(Integer.MIN_VALUE), BigDecimal.valueOf(Integer.MAX_VALUE))
                .ofScale(scale));
    }
}
