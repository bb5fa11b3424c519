package com.rollkiosk.ui;

/** LEFT or RIGHT in a big amber pill with an arrow pointing that way, so the side cannot be misread. */
final class SideBadge {

    private SideBadge() {
    }

    /** @param words the badge's words, e.g. "◀ LEFT"; empty hides it (a region without sides) */
    static Pill of(Widgets w, String words) {
        Theme t = w.theme();
        Pill p = new Pill(words, t.heading(), Theme.ACCENT, Theme.ON_BRIGHT, t.px(10), t.px(36));
        p.setName("side");
        p.setVisible(!words.isEmpty());
        return p;
    }
}
