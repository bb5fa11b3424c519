package com.rollkiosk.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class LineParserPropertyTest {

    @Property
    void everyIntPrintedByTheSketchParsesBack(@ForAll int value, @ForAll boolean crLf) {
        List<Double> samples = new ArrayList<>();
        byte[] line = (value + (crLf ? "\r\n" : "\n")).getBytes(StandardCharsets.US_ASCII);

        new LineParser().feed(line, 0, line.length, new LineParser.Sink() {
            @Override
            public void sample(double v) {
                samples.add(v);
            }

            @Override
            public void info(String text) {
                throw new AssertionError("not info: " + text);
            }

            @Override
            public void garbage() {
                throw new AssertionError("not garbage");
            }
        });

        assertThat(samples).containsExactly((double) value);
    }
}
