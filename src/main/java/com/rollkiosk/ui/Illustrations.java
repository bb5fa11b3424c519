package com.rollkiosk.ui;

import com.formdev.flatlaf.extras.FlatSVGIcon;

import javax.swing.Icon;
import javax.swing.ImageIcon;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The region drawings, from URLs the wiring resolved in the content folder. Each SVG is drawn
 * once per size into an image, so a fading attract card repaints a bitmap, not an SVG.
 */
public final class Illustrations {

    /** Long enough for the first frame to be on screen before the drawings are made. */
    private static final long DRAW_AHEAD_AFTER_MS = 500;

    private final Map<String, URL> urls;
    private final Map<String, Icon> cache = new HashMap<>();

    public Illustrations(Map<String, URL> urls) {
        this.urls = Map.copyOf(urls);
    }

    public static Illustrations none() {
        return new Illustrations(Map.of());
    }

    /** The region's drawing fitted in a box of this size, keeping its shape; empty when there is none. */
    public Optional<Icon> icon(String regionId, int width, int height) {
        URL url = urls.get(regionId);
        if (url == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(cache.computeIfAbsent(regionId + "@" + width + "x" + height,
                k -> render(url, width, height)));
    }

    /**
     * Draws every region's drawing for this box soon, one per event so a touch is never kept
     * waiting, instead of each the first time its card comes round: the idle screen's first cycle
     * then does no more work than any later one. Stops once {@code wanted} says the box is stale.
     */
    public void drawAhead(Scheduler scheduler, int width, int height, java.util.function.BooleanSupplier wanted) {
        java.util.Iterator<String> regions = java.util.List.copyOf(urls.keySet()).iterator();
        Runnable[] next = new Runnable[1];
        next[0] = () -> {
            if (wanted.getAsBoolean() && regions.hasNext()) {
                icon(regions.next(), width, height);
                scheduler.after(0, next[0]);
            }
        };
        scheduler.after(DRAW_AHEAD_AFTER_MS, next[0]);
    }

    /** Whether the region's drawing for this box is already made. */
    boolean isDrawn(String regionId, int width, int height) {
        return cache.containsKey(regionId + "@" + width + "x" + height);
    }

    private static Icon render(URL url, int boxWidth, int boxHeight) {
        FlatSVGIcon svg = new FlatSVGIcon(url);
        if (!svg.hasFound()) {
            return null;
        }
        int w = svg.getIconWidth();
        int h = svg.getIconHeight();
        float fit = Math.min(boxWidth / (float) Math.max(1, w), boxHeight / (float) Math.max(1, h));
        FlatSVGIcon scaled = svg.derive(Math.round(w * fit), Math.round(h * fit));
        BufferedImage image = new BufferedImage(scaled.getIconWidth(), scaled.getIconHeight(),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        scaled.paintIcon(null, g, 0, 0);
        g.dispose();
        return new ImageIcon(image);
    }
}
