package com.rollkiosk.ui;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.attributes.ViewBox;
import com.github.weisj.jsvg.parser.DefaultParserProvider;
import com.github.weisj.jsvg.parser.ResourceLoader;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.ValueUIFuture;
import com.github.weisj.jsvg.util.ResourceUtil;

import javax.swing.Icon;
import javax.swing.ImageIcon;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The region drawings, from URLs the wiring resolved in the content folder. Each SVG is drawn
 * once per size into an image, so a fading attract card repaints a bitmap, not an SVG.
 */
public final class Illustrations {

    private static final System.Logger LOG = System.getLogger(Illustrations.class.getName());
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
        SVGDocument svg = load(url);
        if (svg == null) {
            return null;
        }
        float w = Math.max(1, svg.size().width);
        float h = Math.max(1, svg.size().height);
        float fit = Math.min(boxWidth / w, boxHeight / h);
        int width = Math.max(1, Math.round(w * fit));
        int height = Math.max(1, Math.round(h * fit));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        svg.render(null, g, new ViewBox(0, 0, width, height));
        g.dispose();
        return new ImageIcon(image);
    }

    /**
     * Reads a drawing with every outside reference off: an {@code <image>} is drawn only from data
     * inside the file ({@code data:}), never from another file or the network, so content cannot
     * make the kiosk read what lies outside its folder. The XML parser itself reads no DTD and no
     * external entity (jsvg's own setting). Null when the file cannot be read as an SVG.
     */
    static SVGDocument load(URL url) {
        try (InputStream in = url.openStream()) {
            return new SVGLoader().load(in, new DefaultParserProvider(), INSIDE_ONLY);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read the drawing " + url + ": " + e.getMessage());
            return null;
        }
    }

    private static final ResourceLoader INSIDE_ONLY = uri -> {
        if (!"data".equals(uri.getScheme())) {
            LOG.log(System.Logger.Level.WARNING, "a drawing refers outside itself, not loaded: " + uri);
            throw new IOException("outside references are off: " + uri);
        }
        return new ValueUIFuture<>(ResourceUtil.loadImage(uri));
    };
}
