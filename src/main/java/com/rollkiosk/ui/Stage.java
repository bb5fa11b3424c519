package com.rollkiosk.ui;

import javax.swing.JComponent;
import javax.swing.JLayeredPane;
import java.awt.Dimension;
import java.awt.Graphics;

/**
 * The window's content: a thin strip along the top with the sensor mark and any development
 * control at its right, the current screen under it, and the completion flash above everything.
 * Nothing in the strip ever covers a screen.
 */
final class Stage extends JLayeredPane {

    private final Flash flash;
    private final StatusMark mark;
    private JComponent screen;
    private JComponent corner;
    private Theme theme;

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

    void setTheme(Theme theme) {
        this.theme = theme;
        revalidate();
    }

    /** A small control beside the status mark, e.g. the simulated roller's On / Off toggle. */
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
        int strip = theme == null ? 0 : theme.statusHeight();
        if (screen != null) {
            screen.setBounds(0, strip, w, h - strip);
        }
        flash.setBounds(0, 0, w, h);
        int inset = theme == null ? 8 : theme.px(8);
        Dimension m = mark.component().getPreferredSize();
        int x = w - m.width - inset;
        mark.component().setBounds(x, (strip - m.height) / 2, m.width, m.height);
        if (corner != null) {
            Dimension c = corner.getPreferredSize();
            corner.setBounds(x - inset - c.width, (strip - c.height) / 2, c.width, c.height);
        }
    }

    @Override
    protected void paintComponent(Graphics g) {
        g.setColor(Theme.BACKGROUND);
        g.fillRect(0, 0, getWidth(), getHeight());
    }
}
