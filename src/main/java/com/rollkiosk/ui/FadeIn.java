package com.rollkiosk.ui;

import com.rollkiosk.domain.Clock;

import javax.swing.JPanel;
import java.awt.AlphaComposite;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.LayoutManager;

/**
 * A panel whose content fades in and drifts a little into place when it changes: a calm card
 * transition. Its frame timer runs only during the short transition, so an idle screen costs
 * nothing between cards.
 */
public final class FadeIn extends JPanel {

    private static final long DURATION_NANOS = 700_000_000L;

    private final Clock clock;
    private final int drift;
    private final Ticker frames;
    private long startNanos;
    private boolean animating;

    public FadeIn(LayoutManager layout, Clock clock, Scheduler scheduler, int drift) {
        super(layout);
        this.clock = clock;
        this.drift = drift;
        setOpaque(false);
        frames = new Ticker(scheduler, 33, this::frame);
    }

    /** Starts the transition for content just put in. */
    public void restart() {
        startNanos = clock.nanoTime();
        animating = true;
        frames.start();
        repaint();
    }

    public boolean isAnimating() {
        return animating;
    }

    private double progress() {
        double t = (clock.nanoTime() - startNanos) / (double) DURATION_NANOS;
        return Math.max(0, Math.min(1, t));
    }

    private void frame() {
        if (progress() >= 1 || !isShowing()) {
            frames.stop();
            animating = false;
        }
        repaint();
    }

    @Override
    public void paint(Graphics g) {
        if (!animating) {
            super.paint(g);
            return;
        }
        double p = progress();
        double eased = 1 - Math.pow(1 - p, 3);
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setComposite(AlphaComposite.SrcOver.derive((float) eased));
        g2.translate((1 - eased) * drift, 0);
        super.paint(g2);
        g2.dispose();
    }
}
