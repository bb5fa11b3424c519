package com.rollkiosk.ui;

import com.rollkiosk.domain.Clock;

import javax.swing.JComponent;
import java.awt.AlphaComposite;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;

/**
 * The whole-screen flash at the end of a hold, seen from across a loud gym: bright green with the
 * word "Done", fading out. It has no listeners, so touches pass straight through it; its timer
 * runs only while it fades.
 */
public final class Flash extends JComponent implements ShownText {

    private static final long FADE_NANOS = 900_000_000L;

    private final Clock clock;
    private final Ticker frames;
    private Theme theme;
    private long startNanos;
    private String word = "";

    public Flash(Clock clock, Scheduler scheduler) {
        this.clock = clock;
        this.frames = new Ticker(scheduler, 33, this::frame);
        setVisible(false);
        setName("flash");
    }

    void setTheme(Theme theme) {
        this.theme = theme;
    }

    /** @param word what the flash says, e.g. "✓ Done" */
    public void flash(String word) {
        this.word = word;
        startNanos = clock.nanoTime();
        setVisible(true);
        frames.start();
        repaint();
    }

    @Override
    public java.util.List<String> shownTexts() {
        return isVisible() ? java.util.List.of(word) : java.util.List.of();
    }

    private float alpha() {
        long t = clock.nanoTime() - startNanos;
        return t >= FADE_NANOS ? 0f : 0.92f * (1f - t / (float) FADE_NANOS);
    }

    private void frame() {
        if (alpha() <= 0f) {
            frames.stop();
            setVisible(false);
        }
        repaint();
    }

    @Override
    protected void paintComponent(Graphics g) {
        float a = alpha();
        if (a <= 0f || theme == null) {
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setComposite(AlphaComposite.SrcOver.derive(a));
        g2.setColor(Theme.GO);
        g2.fillRect(0, 0, getWidth(), getHeight());
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setFont(theme.timerDigits());
        g2.setColor(Theme.ON_BRIGHT);
        FontMetrics fm = g2.getFontMetrics();
        g2.drawString(word, (getWidth() - fm.stringWidth(word)) / 2, (getHeight() + fm.getAscent() - fm.getDescent()) / 2);
        g2.dispose();
    }
}
