package com.rollkiosk.ui;

import javax.swing.JButton;
import javax.swing.JPanel;
import java.awt.BorderLayout;
import java.awt.GridBagLayout;

/** The top row shared by the choosing screens: Back on the left, the title beside it. */
final class Header {

    static final String BACK = "back";

    private Header() {
    }

    /** @param back the Back button, already built so the screen can keep it in its focus order */
    static JPanel of(Widgets w, JButton back, String title, java.awt.Font font) {
        Theme t = w.theme();
        JPanel row = w.panel(new BorderLayout(t.gapLarge(), 0));
        JPanel backCell = w.panel(new GridBagLayout());
        backCell.add(back);
        row.add(backCell, BorderLayout.WEST);
        int titleWidth = t.width() - 2 * t.margin() - back.getPreferredSize().width - t.gapLarge();
        WrapText text = new WrapText(title, font, Theme.TEXT, titleWidth);
        text.setName("title");
        JPanel titleCell = w.panel(new GridBagLayout());
        titleCell.add(text);
        row.add(titleCell, BorderLayout.CENTER);
        return row;
    }
}
