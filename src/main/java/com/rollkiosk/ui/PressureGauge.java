package com.rollkiosk.ui;

import javax.swing.JComponent;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.util.function.Supplier;

/**
 * The live pressure on the roller as a wide bar, with the contact band (between the off and the
 * on level) marked, so staff and runners can see what the roller feels and where it counts. The
 * bar fills green while someone counts as on. Each mark is labelled under the bar, the off mark's
 * words ending at it and the on mark's starting at it, so they never cover each other. It polls on its own timer only while showing, and
 * repaints only when what it shows changed; the level it reads is already smoothed.
 */
public final class PressureGauge extends JComponent implements ShownText {

    private static final int POLL_MS = 50;
    /** The bar's right end is a little past the full scale, so a heavier person still shows movement. */
    static final double SCALE_END = 1.25;

    private final Theme theme;
    private final Supplier<HoldPresenter.Gauge> source;
    private final Ticker poll;
    private String label;
    private Supplier<String> onLabel = () -> "";
    private Supplier<String> offLabel = () -> "";
    private HoldPresenter.Gauge shown;

    public PressureGauge(Theme theme, Scheduler scheduler, String label, Supplier<HoldPresenter.Gauge> source) {
        this.theme = theme;
        this.label = label;
        this.source = source;
        this.poll = new Ticker(scheduler, POLL_MS, this::poll);
        setName("pressure-gauge");
        FontMetrics fm = getFontMetrics(theme.body());
        FontMetrics marks = getFontMetrics(theme.small());
        Dimension size = new Dimension(theme.ringDiameter(), fm.getHeight() + theme.gapSmall() + barHeight()
                + theme.px(6) + marks.getHeight());
        setPreferredSize(size);
        setMinimumSize(size);
        poll.whileShowing(this);
    }

    /** The label in the language on show. */
    public void setLabel(String label) {
        if (!label.equals(this.label)) {
            this.label = label;
            repaint();
        }
    }

    /** The words under the marks: where contact starts, and where it ends. */
    public void setMarks(String on, String off) {
        setMarks(() -> on, () -> off);
    }

    /** The words under the marks, read at each paint: in the language on show. */
    public void setMarks(Supplier<String> on, Supplier<String> off) {
        onLabel = on;
        offLabel = off;
        repaint();
    }

    /** The label, and the marks' words while the marks are drawn. */
    @Override
    public java.util.List<String> shownTexts() {
        HoldPresenter.Gauge gauge = shown;
        return gauge != null && gauge.onMark() > 0 ? java.util.List.of(label, onLabel.get(), offLabel.get()) : java.util.List.of(label);
    }

    private int barHeight() {
        return theme.px(56);
    }

    /** What the gauge shows now, as last read. */
    public HoldPresenter.Gauge shown() {
        return shown;
    }

    public boolean isPolling() {
        return poll.isRunning();
    }

    void poll() {
        assert EventQueue.isDispatchThread();
        HoldPresenter.Gauge now = source.get();
        if (!now.equals(shown)) {
            shown = now;
            repaint();
        }
    }

    @Override
    protected void paintComponent(Graphics g) {
        HoldPresenter.Gauge gauge = shown;
        if (gauge == null) {
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setFont(theme.body());
        FontMetrics fm = g2.getFontMetrics();
        g2.setColor(Theme.MUTED);
        g2.drawString(label, 0, fm.getAscent());

        int top = fm.getHeight() + theme.gapSmall();
        int w = getWidth();
        int h = barHeight();
        float arc = h;
        g2.setColor(Theme.SURFACE_RAISED);
        g2.fill(new RoundRectangle2D.Float(0, top, w, h, arc, arc));

        int offX = x(gauge.offMark(), w);
        int onX = x(gauge.onMark(), w);

        int fill = x(gauge.level(), w);
        if (fill > 0) {
            Color colour = gauge.contact() ? Theme.GO : Theme.MUTED;
            g2.setColor(colour);
            g2.fill(new RoundRectangle2D.Float(0, top, Math.max(fill, h), h, arc, arc));
        }
        if (gauge.onMark() > 0) {
            // Where contact ends (thin) and where it starts (bold): the band between is the hysteresis.
            g2.setStroke(new BasicStroke(theme.px(2)));
            g2.setColor(Theme.MUTED);
            g2.drawLine(offX, top, offX, top + h);
            g2.setStroke(new BasicStroke(theme.px(4)));
            g2.setColor(Theme.ACCENT);
            g2.drawLine(onX, top - theme.px(6), onX, top + h + theme.px(6));
            markLabels(g2, top + h + theme.px(6), offX, onX, w);
        }
        g2.dispose();
    }

    private void markLabels(Graphics2D g2, int top, int offX, int onX, int w) {
        g2.setFont(theme.small());
        FontMetrics fm = g2.getFontMetrics();
        int gap = theme.gapSmall();
        String off = offLabel.get();
        String on = onLabel.get();
        int offWidth = fm.stringWidth(off);
        int onWidth = fm.stringWidth(on);
        int offAt = Math.max(0, Math.min(offX, onX - gap) - offWidth);
        int onAt = Math.min(w - onWidth, Math.max(onX, offAt + offWidth + gap));
        int baseline = top + fm.getAscent();
        g2.setColor(Theme.MUTED);
        g2.drawString(off, offAt, baseline);
        g2.setColor(Theme.ACCENT);
        g2.drawString(on, onAt, baseline);
    }

    private static int x(double fraction, int width) {
        return (int) Math.round(Math.max(0, Math.min(1, fraction / SCALE_END)) * width);
    }
}
