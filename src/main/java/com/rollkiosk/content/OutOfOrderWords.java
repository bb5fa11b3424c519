package com.rollkiosk.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * The out-of-order screen's words. They are built into the jar, one small file a language, not
 * read from the content folder: that folder may be what keeps the kiosk from starting.
 *
 * @param title     the screen's heading, for runners
 * @param body      what runners should do
 * @param staff     the label before the problem's line
 * @param howToFix  for staff, under the problem: the kiosk tries again by itself
 * @param tryAgain  a wait after wrong PINs, with {@code {seconds}}
 * @param problems  the heading over every problem, once the PIN has opened it
 * @param retryNow  the button that tries to start at once
 */
public record OutOfOrderWords(String title, String body, String staff, String howToFix, String pinTitle,
                              String pinPrompt, String wrong, String tryAgain, String checking, String ok,
                              String delete, String cancel, String problems, String retryNow, String close) {

    /** The languages with words built in; any other gets {@link #FALLBACK}'s. */
    public static final List<String> LANGUAGES = List.of("en", "de");
    public static final String FALLBACK = "en";

    /** The words in {@code language}, or in English when the jar has none in it (or none is known). */
    public static OutOfOrderWords of(String language) {
        String code = language != null && LANGUAGES.contains(language) ? language : FALLBACK;
        Properties p = new Properties();
        try (InputStream in = OutOfOrderWords.class.getResourceAsStream("out-of-order_" + code + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("the build left out-of-order_" + code + ".properties out of the jar");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OutOfOrderWords(p.getProperty("title"), p.getProperty("body"), p.getProperty("staff"),
                p.getProperty("howToFix"), p.getProperty("pinTitle"), p.getProperty("pinPrompt"),
                p.getProperty("wrong"), p.getProperty("tryAgain"), p.getProperty("checking"), p.getProperty("ok"),
                p.getProperty("delete"), p.getProperty("cancel"), p.getProperty("problems"),
                p.getProperty("retryNow"), p.getProperty("close"));
    }
}
