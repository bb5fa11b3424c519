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
import java.util.Set;

/**
 * The region drawings, from URLs the wiring resolved in the content folder. Each SVG is drawn
 * once per size into an image, so a fading attract card repaints a bitmap, not an SVG.
 */
public final class Illustrations {

    private final Map<String, URL> urls;
    private final Map<String, Icon> cache = new HashMap<>();

    public Illustrations(Map<String, URL> urls) {
        this.urls = Map.copyOf(urls);
    }

    public static Illustrations none() {
        return new Illustrations(Map.of());
    }

    /** Every region with a drawing. */
    public Set<String> regionIds() {
        return urls.keySet();
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
