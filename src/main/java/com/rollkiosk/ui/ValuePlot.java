package com.rollkiosk.ui;

import javax.swing.JComponent;
import java.awt.BasicStroke;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Locale;

/**
 * The sensor's readings over the last 30 s as a line, scaled to their own range, with the range's
 * ends written at the side: enough to see noise, drift, a person getting on, or a dead sensor.
 */
final class ValuePlot extends JComponent {

    static final double SPAN_SECONDS = 30;

    private final Theme theme;
    private final DiagnosticsSource.Plot plot;

    ValuePlot(Theme theme, DiagnosticsSource.Plot plot, Dimension size) {
        this.theme = theme;
        this.plot = plot;
        setName("value-plot");
        setPreferredSize(size);
        setMaximumSize(size);
        setMinimumSize(size);
    }

    DiagnosticsSource.Plot plot() {
        return plot;
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int w = getWidth();
        int h = getHeight();
        g2.setColor(Theme.SURFACE);
        g2.fill(new RoundRectangle2D.Float(0, 0, w, h, theme.arc() / 2f, theme.arc() / 2f));
        double[] v = plot.values();
        if (v.length == 0) {
            g2.dispose();
            return;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        // A flat line sits in the middle rather than on an edge.
        double pad = max > min ? (max - min) * 0.05 : Math.max(1, Math.abs(max) * 0.1);
        min -= pad;
        max += pad;
        g2.setFont(theme.small());
        FontMetrics fm = g2.getFontMetrics();
        int inset = theme.gapSmall();
        int left = inset + Math.max(fm.stringWidth(label(max)), fm.stringWidth(label(min))) + inset;
        int top = inset;
        int plotW = w - left - inset;
        int plotH = h - 2 * inset;
        g2.setColor(Theme.MUTED);
        g2.drawString(label(max), inset, top + fm.getAscent());
        g2.drawString(label(min), inset, top + plotH);
        Path2D.Double line = new Path2D.Double();
        double[] age = plot.ageSeconds();
        for (int i = 0; i < v.length; i++) {
            double x = left + plotW * (1 + age[i] / SPAN_SECONDS);
            double y = top + plotH * (max - v[i]) / (max - min);
            if (i == 0) {
                line.moveTo(x, y);
            } else {
                line.lineTo(x, y);
            }
        }
        g2.setStroke(new BasicStroke(Math.max(2, theme.px(3)), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g2.setColor(Theme.ACCENT);
        g2.draw(line);
        g2.dispose();
    }

    private static String label(double value) {
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
    }
}
