package com.rollkiosk.ui;

import javax.swing.JComponent;
import javax.swing.JLayeredPane;
import java.awt.Dimension;
import java.awt.Graphics;

/**
 * The window's content: the current screen filling it, the sensor mark and any staff/dev control
 * in the top-right corner above it, and the completion flash above everything.
 */
final class Stage extends JLayeredPane {

    private final Flash flash;
    private final StatusMark mark;
    private JComponent screen;
    private JComponent corner;

    Stage(Flash flash, StatusMark mark) {
        this.flash = flash;
        this.mark = mark;
        setOpaque(true);
        setBackground(Theme.BACKGROUND);
        add(mark.component(), PALETTE_LAYER);
        add(flash, DRAG_LAYER);
        setPreferredSize(new Dimension(1280, 800));
    }

    void show(JComponent next) {
        if (screen != null) {
            remove(screen);
        }
        screen = next;
        add(next, DEFAULT_LAYER);
        revalidate();
        repaint();
    }

    /** A small control under the status mark, e.g. the simulated roller's On / Off toggle. */
    void setCorner(JComponent control) {
        if (corner != null) {
            remove(corner);
        }
        corner = control;
        add(control, PALETTE_LAYER);
        revalidate();
    }

    @Override
    public void doLayout() {
        int w = getWidth();
        int h = getHeight();
        if (screen != null) {
            screen.setBounds(0, 0, w, h);
        }
        flash.setBounds(0, 0, w, h);
        Dimension m = mark.component().getPreferredSize();
        int inset = Math.max(8, h / 90);
        mark.component().setBounds(w - m.width - inset, inset, m.width, m.height);
        if (corner != null) {
            Dimension c = corner.getPreferredSize();
            corner.setBounds(w - c.width - inset, inset * 2 + m.height, c.width, c.height);
        }
    }

    @Override
    protected void paintComponent(Graphics g) {
        g.setColor(Theme.BACKGROUND);
        g.fillRect(0, 0, getWidth(), getHeight());
    }
}
