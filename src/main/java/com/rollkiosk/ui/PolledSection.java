package com.rollkiosk.ui;

import javax.swing.JComponent;
import javax.swing.JPanel;
import java.awt.BorderLayout;
import java.awt.EventQueue;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A staff section that polls its presenter on a timer while it is open and nothing while it is
 * not, and rebuilds its panel only when what it shows changed, or the theme or its width did.
 *
 * @param <M> what the section shows, a record compared by value
 */
abstract class PolledSection<M> implements StaffSection {

    /** A section's logic: what the section opening, polling and closing do, and what it shows. */
    interface Logic<M> {
        void enter();

        void poll();

        M model();

        void leave();
    }

    private final JPanel panel = new JPanel(new BorderLayout());
    private final String key;
    private final Supplier<String> title;
    private final Logic<M> logic;
    private final Supplier<Theme> theme;
    private final Ticker timer;
    private M shown;
    private Theme built;
    private int builtWidth;

    /**
     * @param key    the section's stable name
     * @param title  its words, in the language on show
     * @param logic  what polls and what is shown
     * @param theme  the kiosk's theme for the screen on show
     * @param scheduler what runs the polls
     * @param pollMs how often to poll while open
     */
    PolledSection(String key, Supplier<String> title, Logic<M> logic, Supplier<Theme> theme, Scheduler scheduler,
                  int pollMs) {
        this.key = key;
        this.title = title;
        this.logic = logic;
        this.theme = theme;
        this.timer = new Ticker(scheduler, pollMs, this::refresh);
        panel.setOpaque(false);
        panel.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                refresh();
            }
        });
    }

    /** Fills {@code panel} anew for this model; {@code width} is the panel's, or a guess before layout. */
    abstract void build(JPanel panel, M model, Theme theme, int width);

    @Override
    public final String key() {
        return key;
    }

    @Override
    public final String title() {
        return title.get();
    }

    @Override
    public final JComponent view() {
        return panel;
    }

    @Override
    public final void enter() {
        assert EventQueue.isDispatchThread();
        logic.enter();
        shown = null;
        refresh();
        timer.start();
    }

    @Override
    public final void leave() {
        assert EventQueue.isDispatchThread();
        timer.stop();
        logic.leave();
        shown = null;
    }

    public final boolean isPolling() {
        return timer.isRunning();
    }

    /** Polls, and redraws what changed; for the timer, and for tests and previews that draw without one. */
    final void refresh() {
        logic.poll();
        M now = logic.model();
        Theme t = theme.get();
        int width = panel.getWidth() > 0 ? panel.getWidth() : t.width() * 3 / 4;
        if (Objects.equals(now, shown) && sameSize(t, built) && width == builtWidth) {
            return;
        }
        shown = now;
        built = t;
        builtWidth = width;
        panel.removeAll();
        build(panel, now, t, width);
        panel.revalidate();
        panel.repaint();
    }

    private static boolean sameSize(Theme a, Theme b) {
        return b != null && a.width() == b.width() && a.height() == b.height();
    }
}
