package com.rollkiosk.ui;

import com.rollkiosk.domain.Side;

/** LEFT or RIGHT in a big amber pill with an arrow pointing that way, so the side cannot be misread. */
final class SideBadge {

    private SideBadge() {
    }

    /** The badge's words, e.g. "◀ LEFT"; empty for a region without sides. */
    static String text(Side side) {
        return switch (side) {
            case LEFT -> "\u25C0 LEFT";
            case RIGHT -> "RIGHT \u25B6";
            case CENTRE -> "";
        };
    }

    static Pill of(Widgets w, Side side) {
        Theme t = w.theme();
        Pill p = new Pill(text(side), t.heading(), Theme.ACCENT, Theme.ON_BRIGHT, t.px(10), t.px(36));
        p.setName("side");
        p.setVisible(side != Side.CENTRE);
        return p;
    }
}
