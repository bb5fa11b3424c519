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

/**
 * The sensor's readings over the last 30 s as a line, scaled to their own range, with the range's
 * ends written at the side: enough to see noise, drift, a person getting on, or a dead sensor.
 */
final class ValuePlot extends JComponent implements ShownText {

    static final double SPAN_SECONDS = 30;

    private final Theme theme;
    private final DiagnosticsSource.Plot plot;
    private final Numbers numbers;

    ValuePlot(Theme theme, DiagnosticsSource.Plot plot, Numbers numbers, Dimension size) {
        this.theme = theme;
        this.plot = plot;
        this.numbers = numbers;
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
        double[] range = range(v);
        double min = range[0];
        double max = range[1];
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

    /** The range drawn: the values' own, a little wider, so a flat line sits in the middle rather than on an edge. */
    private static double[] range(double[] v) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        double pad = max > min ? (max - min) * 0.05 : Math.max(1, Math.abs(max) * 0.1);
        return new double[] {min - pad, max + pad};
    }

    private String label(double value) {
        return Math.abs(value) >= 100 ? numbers.decimal(value, 0) : numbers.decimal(value, 1);
    }

    @Override
    public java.util.List<String> shownTexts() {
        if (plot.values().length == 0) {
            return java.util.List.of();
        }
        double[] range = range(plot.values());
        return java.util.List.of(label(range[1]), label(range[0]));
    }
}
