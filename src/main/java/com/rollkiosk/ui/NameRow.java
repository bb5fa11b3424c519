package com.rollkiosk.ui;

import javax.swing.Box;
import javax.swing.JComponent;
import javax.swing.JPanel;
import java.awt.Dimension;
import java.awt.FlowLayout;

/**
 * A region's name in large type with its side badge beside it, or under it when a long name
 * (a German compound, say) leaves no room beside it: the name is never cut off or shrunk.
 */
final class NameRow {

    private NameRow() {
    }

    /** @param side the badge's words; empty for a region without sides */
    static JComponent of(Widgets w, String name, String side, int width) {
        Theme t = w.theme();
        Pill badge = SideBadge.of(w, side);
        WrapText words = new WrapText(name, t.display(), Theme.TEXT, width);
        words.setName("region-name");
        int nameWidth = words.getFontMetrics(words.getFont()).stringWidth(name);
        boolean beside = side.isEmpty() || nameWidth + t.gapLarge() + badge.getPreferredSize().width <= width;
        JPanel row;
        if (beside) {
            words = new WrapText(name, t.display(), Theme.TEXT, Math.min(width, nameWidth));
            words.setName("region-name");
            row = w.panel(new FlowLayout(FlowLayout.LEFT, 0, 0));
            row.add(words);
            row.add(Box.createHorizontalStrut(t.gapLarge()));
            row.add(badge);
        } else {
            row = w.column();
            row.add(words);
            row.add(Box.createVerticalStrut(t.gapSmall()));
            badge.setAlignmentX(JComponent.LEFT_ALIGNMENT);
            row.add(badge);
        }
        row.setAlignmentX(JComponent.LEFT_ALIGNMENT);
        Dimension size = row.getPreferredSize();
        row.setMaximumSize(new Dimension(width, size.height));
        return row;
    }
}
