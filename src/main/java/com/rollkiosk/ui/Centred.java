package com.rollkiosk.ui;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.JComponent;
import javax.swing.JPanel;
import java.awt.GridBagLayout;

/** A screen whose content is one column in the middle: the short message screens. */
final class Centred {

    private Centred() {
    }

    /** Wraps a column of content in a full-screen panel that centres it. */
    static JPanel screen(Widgets w, JComponent column) {
        Theme t = w.theme();
        JPanel outer = w.panel(new GridBagLayout());
        outer.setBorder(BorderFactory.createEmptyBorder(t.margin(), t.margin(), t.margin(), t.margin()));
        outer.add(column);
        return outer;
    }

    static void gap(JPanel column, int height) {
        column.add(Box.createVerticalStrut(height));
    }

    /** Content width for a centred message: wide enough for two lines of a heading, not edge to edge. */
    static int width(Theme t) {
        return Math.min(t.width() - 2 * t.margin(), t.px(1400));
    }
}
