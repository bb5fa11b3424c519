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
import java.awt.geom.Arc2D;
import java.awt.image.BufferedImage;
import java.util.function.Supplier;

/**
 * The hold's countdown ring: seconds left in large digits, the remaining time as an arc that
 * shrinks clockwise, and a word under the digits (HOLD, PAUSED, GET READY) so colour is never the
 * only signal. It polls its source on a Swing timer that runs only while it is showing, and
 * repaints only when what it shows changed; the source reads the clock, so late polls never skew time.
 */
public final class RingTimer extends JComponent implements ShownText {

    private static final int POLL_MS = 40;

    private final Theme theme;
    private final Supplier<HoldPresenter.Ring> source;
    private final Ticker poll;
    private HoldPresenter.Ring shown;
    private BufferedImage track;

    public RingTimer(Theme theme, Scheduler scheduler, Supplier<HoldPresenter.Ring> source) {
        this.theme = theme;
        this.source = source;
        this.poll = new Ticker(scheduler, POLL_MS, this::poll);
        int d = theme.ringDiameter();
        setPreferredSize(new Dimension(d, d));
        setMinimumSize(new Dimension(d, d));
        setName("ring");
        poll.whileShowing(this);
    }

    /** True while the repaint timer runs; only while the ring is on screen. */
    public boolean isPolling() {
        return poll.isRunning();
    }

    /** What the ring shows now, as last read from its source. */
    public HoldPresenter.Ring shown() {
        return shown;
    }

    @Override
    public java.util.List<String> shownTexts() {
        return shown == null ? java.util.List.of() : java.util.List.of(Integer.toString(shown.digits()), shown.caption());
    }

    void poll() {
        assert EventQueue.isDispatchThread();
        HoldPresenter.Ring now = source.get();
        if (!now.equals(shown)) {
            shown = now;
            repaint();
        }
    }

    /**
     * The full circle under the arc, drawn once per size: an image left unchanged is kept on the
     * display's side by Java2D, so each repaint copies it rather than drawing a wide round stroke
     * again (most of the ring's paint time on the kiosk's display).
     */
    private BufferedImage track(float x, float y, float d, float stroke) {
        if (track == null || track.getWidth() != getWidth() || track.getHeight() != getHeight()) {
            track = new BufferedImage(Math.max(1, getWidth()), Math.max(1, getHeight()), BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D g = track.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setStroke(new BasicStroke(stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(Theme.SURFACE_RAISED);
            g.draw(new Arc2D.Float(x, y, d, d, 0, 360, Arc2D.OPEN));
            g.dispose();
        }
        return track;
    }

    private Color arcColour(HoldPresenter.Ring r) {
        return switch (r.state()) {
            case RUNNING -> r.warning() ? Theme.WARN : Theme.GO;
            case GET_READY, READY -> Theme.ACCENT;
            case PAUSED -> Theme.MUTED;
            case COMPLETE -> Theme.GO;
        };
    }

    @Override
    protected void paintComponent(Graphics g) {
        HoldPresenter.Ring r = shown;
        if (r == null) {
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        int size = Math.min(getWidth(), getHeight());
        float stroke = theme.px(34);
        float inset = stroke / 2 + 2;
        float x = (getWidth() - size) / 2f + inset;
        float y = (getHeight() - size) / 2f + inset;
        float d = size - 2 * inset;

        g2.drawImage(track(x, y, d, stroke), 0, 0, null);
        g2.setStroke(new BasicStroke(stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double remaining = r.state() == com.rollkiosk.domain.HoldTimer.State.GET_READY ? 1 : 1 - r.progress();
        if (remaining > 0) {
            g2.setColor(arcColour(r));
            g2.draw(new Arc2D.Double(x, y, d, d, 90, 360 * remaining, Arc2D.OPEN));
        }

        String digits = Integer.toString(r.digits());
        g2.setFont(theme.timerDigits());
        java.awt.geom.Rectangle2D glyphs = g2.getFont().createGlyphVector(g2.getFontRenderContext(), digits)
                .getVisualBounds();
        g2.setFont(theme.bodyBold());
        FontMetrics cm = g2.getFontMetrics();
        int gap = theme.px(18);
        // Digits and caption as one block in the middle of the ring; digits have no descenders.
        double blockTop = getHeight() / 2.0 - (glyphs.getHeight() + gap + cm.getAscent()) / 2;
        double digitsBaseline = blockTop - glyphs.getY();
        double cx = getWidth() / 2.0;
        // Three digits (a long hold set in the config) are narrowed, never shortened, to stay inside the ring.
        double room = d - stroke * 1.5;
        double squeeze = Math.min(1, room / glyphs.getWidth());
        Graphics2D digitsG = (Graphics2D) g2.create();
        digitsG.setFont(theme.timerDigits());
        digitsG.setColor(r.warning() ? Theme.WARN : Theme.TEXT);
        digitsG.translate(cx, digitsBaseline);
        digitsG.scale(squeeze, 1);
        digitsG.drawString(digits, (float) (-glyphs.getX() - glyphs.getWidth() / 2), 0f);
        digitsG.dispose();

        g2.setColor(r.state() == com.rollkiosk.domain.HoldTimer.State.PAUSED ? Theme.ACCENT : Theme.MUTED);
        g2.drawString(r.caption(), (float) (cx - cm.stringWidth(r.caption()) / 2.0),
                (float) (digitsBaseline + gap + cm.getAscent()));
        g2.dispose();
    }
}
