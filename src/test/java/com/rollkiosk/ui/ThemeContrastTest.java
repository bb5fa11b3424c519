package com.rollkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every text and background pair in the theme is at least 7:1, read from the floor of a bright gym. */
class ThemeContrastTest {

    private static final double MINIMUM = 7.0;

    @Test
    void everyTextColourOnEverySurfaceIsAtLeastSevenToOne() {
        List<String> pairs = new ArrayList<>();
        for (Color text : Theme.TEXT_COLOURS) {
            for (Color surface : Theme.SURFACES) {
                pairs.add(check(text, surface));
            }
        }
        for (Color fill : Theme.BRIGHT_FILLS) {
            pairs.add(check(Theme.ON_BRIGHT, fill));
        }
        assertThat(pairs).hasSize(Theme.TEXT_COLOURS.size() * Theme.SURFACES.size() + Theme.BRIGHT_FILLS.size());
    }

    @Test
    void everyColourInTheThemeIsInThePairsChecked() throws IllegalAccessException {
        List<Color> checked = new ArrayList<>(Theme.TEXT_COLOURS);
        checked.addAll(Theme.SURFACES);
        checked.addAll(Theme.BRIGHT_FILLS);
        checked.add(Theme.ON_BRIGHT);
        for (Field f : Theme.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Color.class) {
                assertThat(checked).as(f.getName() + " is a text colour, a surface or a fill").contains((Color) f.get(null));
            }
        }
    }

    @Test
    void theRatioIsComputedAsWcagDefinesIt() {
        assertThat(ratio(Color.BLACK, Color.WHITE)).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(ratio(new Color(0x777777), Color.WHITE)).isCloseTo(4.48, org.assertj.core.data.Offset.offset(0.01));
    }

    private static String check(Color text, Color background) {
        double r = ratio(text, background);
        String pair = Theme.hex(text) + " on " + Theme.hex(background) + " = " + String.format("%.2f", r) + ":1";
        assertThat(r).as(pair).isGreaterThanOrEqualTo(MINIMUM);
        return pair;
    }

    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int value) {
        double v = value / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
