package com.rollkiosk.ui;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers as the language on show writes them, by {@link NumberFormat} for the content's locale:
 * "78,4" in German where English has "78.4", and the grouping each uses.
 */
public final class Numbers {

    private final Locale locale;

    private Numbers(Locale locale) {
        this.locale = locale;
    }

    /** @param language the content's language code, e.g. {@code de} */
    public static Numbers of(String language) {
        return new Numbers(Locale.forLanguageTag(language));
    }

    public Locale locale() {
        return locale;
    }

    /** {@code value} with exactly {@code fractionDigits} digits after the separator. */
    public String decimal(double value, int fractionDigits) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(fractionDigits);
        f.setMaximumFractionDigits(fractionDigits);
        return f.format(value);
    }

    public String whole(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A sensor reading: whole units for large ones (raw load cell counts), two decimals for small ones. */
    public String reading(double value) {
        return Math.abs(value) >= 100 ? decimal(value, 0) : decimal(value, 2);
    }
}
