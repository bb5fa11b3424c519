package com.rollkiosk.ui;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;

/** A label on a rounded fill: the side badge, the status mark. Words carry the meaning, colour backs it up. */
public final class Pill extends JLabel {

    private Color fill;

    public Pill(String text, Font font, Color fill, Color fg, int padV, int padH) {
        super(text);
        this.fill = fill;
        setFont(font);
        setForeground(fg);
        setBorder(BorderFactory.createEmptyBorder(padV, padH, padV, padH));
    }

    public void setFill(Color fill) {
        this.fill = fill;
        repaint();
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setColor(fill);
        g2.fillRoundRect(0, 0, getWidth(), getHeight(), getHeight(), getHeight());
        g2.dispose();
        super.paintComponent(g);
    }
}
