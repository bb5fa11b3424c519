package com.rollkiosk.ui;

import java.util.List;

/**
 * A component that paints words or numbers itself rather than holding them as a label's text:
 * what it paints, so tests can read every screen's words (a German screen has no English word,
 * its numbers are written the German way) without reading pixels.
 */
public interface ShownText {

    /** The texts painted now, each as drawn. */
    List<String> shownTexts();
}
