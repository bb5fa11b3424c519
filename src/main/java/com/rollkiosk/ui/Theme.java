package com.rollkiosk.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;

import javax.swing.UIManager;
import javax.swing.plaf.FontUIResource;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Map;

/**
 * The one place for the kiosk's look: colours, type sizes, spacing and touch-target sizes.
 * Sizes scale with the window so the same screen reads from two metres at 1080p and still fits a
 * 1280x800 desk window; touch targets never shrink below {@link #MIN_TARGET}.
 */
public final class Theme {

    public static final Color BACKGROUND = new Color(0x0F1720);
    public static final Color SURFACE = new Color(0x1B2631);
    public static final Color SURFACE_RAISED = new Color(0x222F3E);
    public static final Color TEXT = new Color(0xF4F7FA);
    public static final Color MUTED = new Color(0xB8C5D1);
    public static final Color ACCENT = new Color(0xFFC247);
    public static final Color GO = new Color(0x3DDC97);
    /** The last seconds of a hold: a light coral, so it still reads at 7:1 on every surface. */
    public static final Color WARN = new Color(0xFFA597);
    /** Text on an accent, go or warn fill: dark on bright. */
    public static final Color ON_BRIGHT = BACKGROUND;

    /**
     * Every colour text is drawn in, and every colour it is drawn on. Any text colour may land on
     * any surface, so each pair is held to 7:1 (WCAG AAA), read from a gym floor; the theme's test
     * computes them all.
     */
    public static final List<Color> TEXT_COLOURS = List.of(TEXT, MUTED, ACCENT, GO, WARN);
    public static final List<Color> SURFACES = List.of(BACKGROUND, SURFACE, SURFACE_RAISED);
    /** Bright fills, which carry {@link #ON_BRIGHT} text: the primary button, the side badge, the flash. */
    public static final List<Color> BRIGHT_FILLS = List.of(ACCENT, GO, WARN);

    public static final String FONT_FAMILY = "DejaVu Sans";
    /** Smallest touch target anywhere, in pixels, whatever the window size. */
    public static final int MIN_TARGET = 64;
    /** Smallest height of a screen's main action. */
    public static final int MIN_PRIMARY = 120;

    private static final int DESIGN_HEIGHT = 1080;
    private static final int DESIGN_WIDTH = 1920;

    private final int width;
    private final int height;
    private final float scale;

    private Theme(int width, int height) {
        this.width = width;
        this.height = height;
        // Fitted to both sides: a window narrower than 16:9 (a 1280x800 desk window) scales by its
        // width, so every row still fits and the extra height is spare room, never overlap.
        this.scale = Math.max(0.5f, Math.min(height / (float) DESIGN_HEIGHT, width / (float) DESIGN_WIDTH));
    }

    /** The tokens for a window of this size. */
    public static Theme forSize(int width, int height) {
        return new Theme(Math.max(640, width), Math.max(480, height));
    }

    /** Installs FlatLaf dark with the kiosk's colours and font; call on the EDT before building a window. */
    public static void install() {
        FlatLaf.setGlobalExtraDefaults(Map.of(
                "@background", hex(BACKGROUND),
                "@foreground", hex(TEXT),
                "@accentColor", hex(ACCENT),
                "@disabledForeground", hex(MUTED),
                "Component.focusWidth", "3",
                "Component.focusColor", hex(ACCENT),
                "Button.arc", "28",
                "ScrollBar.width", "24"));
        // Sizes come from this class, scaled to the window; FlatLaf must not scale them again from the font size.
        System.setProperty("flatlaf.uiScale", "1");
        FlatDarkLaf.setup();
        UIManager.put("defaultFont", new FontUIResource(FONT_FAMILY, Font.PLAIN, 24));
    }

    static String hex(Color c) {
        return String.format("#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
    }

    public int width() {
        return width;
    }

    /** The window's height; a screen has this less {@link #statusHeight()}. */
    public int height() {
        return height;
    }

    /**
     * The strip along the top for the sensor mark and any development control, so they never
     * cover a screen: one line of small type with a little room around it.
     */
    public int statusHeight() {
        return Math.round(px(24) * 1.2f) + 2 * px(6) + 2 * px(5);
    }

    /** A design size at 1080p, scaled to this window. */
    public int px(int at1080) {
        return Math.round(at1080 * scale);
    }

    private Font font(int style, int at1080) {
        return new Font(FONT_FAMILY, style, px(at1080));
    }

    /** Secondary lines read at arm's length: glosses, captions, the status mark. Never smaller. */
    public Font small() {
        return font(Font.PLAIN, 24);
    }

    /** A name in a list read at arm's length, e.g. a condition on the safety list. */
    public Font listName() {
        return font(Font.BOLD, 28);
    }

    public Font body() {
        return font(Font.PLAIN, 32);
    }

    public Font bodyBold() {
        return font(Font.BOLD, 32);
    }

    /** Labels on buttons and tiles. */
    public Font action() {
        return font(Font.BOLD, 36);
    }

    /** A screen's title when it is a whole sentence, e.g. the safety question. */
    public Font title() {
        return font(Font.BOLD, 46);
    }

    public Font heading() {
        return font(Font.BOLD, 60);
    }

    /** The one big word on a screen: a region's name, LEFT or RIGHT. */
    public Font display() {
        return font(Font.BOLD, 96);
    }

    /** Seconds inside the ring timer: a 276 px font draws digits 200 px tall at 1080p. */
    public Font timerDigits() {
        return font(Font.BOLD, 276);
    }

    public int gapSmall() {
        return px(12);
    }

    public int gap() {
        return px(24);
    }

    public int gapLarge() {
        return px(48);
    }

    /** Space between the screen edge and its content. */
    public int margin() {
        return px(56);
    }

    /** Height of a secondary action such as Back or Skip. */
    public int secondaryHeight() {
        return Math.max(MIN_TARGET + 8, px(96));
    }

    /** Height of a screen's main action. */
    public int primaryHeight() {
        return Math.max(MIN_PRIMARY + 10, px(150));
    }

    public int ringDiameter() {
        return px(520);
    }

    /**
     * Room under the ring on the hold screen for the roller's pressure gauge (a line of body text
     * over a 56 px bar, the words under its marks) and the counting rule (two lines of body text).
     */
    public int coachingHeight() {
        // The gauge's label line, its bar, the words under its marks, and the counting rule; a line
        // is taken as 1.3 times its type, as tall as the kiosk's font draws one.
        return 3 * Math.round(px(32) * 1.3f) + 2 * gapSmall() + px(56) + px(6) + Math.round(px(24) * 1.3f);
    }

    public int illustrationSize() {
        return px(340);
    }

    public int arc() {
        return px(36);
    }
}
