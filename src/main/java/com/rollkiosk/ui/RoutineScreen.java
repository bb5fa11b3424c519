package com.rollkiosk.ui;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import java.awt.BorderLayout;
import java.awt.EventQueue;
import java.awt.GridLayout;
import java.util.List;

/** Choosing what to roll: routines as big tiles, then one tile per region. */
public final class RoutineScreen extends JPanel implements RoutinePresenter.View, ScreenView {

    static final String TITLE = "What would you like to roll?";
    static final String ONE_AREA = "Or just one area";
    static final String ROUTINES = "Routines";
    private static final int PER_ROW = 5;

    private final Widgets w;
    private final RoutinePresenter presenter;
    private final JButton back;
    private final JPanel body;
    private JComponent first;

    public RoutineScreen(Widgets w, RoutinePresenter presenter) {
        super(new BorderLayout(0, w.theme().gapLarge()));
        this.w = w;
        this.presenter = presenter;
        Theme t = w.theme();
        setOpaque(false);
        int m = t.px(40);
        setBorder(BorderFactory.createEmptyBorder(m, t.margin(), m, t.margin()));
        back = w.secondary(Header.BACK, presenter::escape);
        add(Header.of(w, back, TITLE, t.heading()), BorderLayout.NORTH);
        body = w.column();
        JPanel top = w.panel(new BorderLayout());
        top.add(body, BorderLayout.NORTH);
        add(top, BorderLayout.CENTER);
    }

    @Override
    public void showTiles(RoutinePresenter.Model m) {
        assert EventQueue.isDispatchThread();
        Theme t = w.theme();
        body.removeAll();
        first = null;
        body.add(section(ROUTINES));
        body.add(Box.createVerticalStrut(t.gap()));
        body.add(grid(m.routines(), t.px(250), true));
        body.add(Box.createVerticalStrut(t.gapLarge()));
        body.add(section(ONE_AREA));
        body.add(Box.createVerticalStrut(t.gap()));
        body.add(grid(m.regions(), t.px(150), false));
        body.revalidate();
        body.repaint();
    }

    private JComponent section(String text) {
        var label = w.label(text, w.theme().bodyBold(), Theme.MUTED);
        label.setAlignmentX(LEFT_ALIGNMENT);
        return label;
    }

    private JPanel grid(List<RoutinePresenter.Tile> tiles, int height, boolean withLine) {
        Theme t = w.theme();
        int gap = t.gap();
        int width = (t.width() - 2 * t.margin() - (PER_ROW - 1) * gap) / PER_ROW;
        int rows = (tiles.size() + PER_ROW - 1) / PER_ROW;
        JPanel grid = w.panel(new GridLayout(rows, PER_ROW, gap, gap));
        grid.setAlignmentX(LEFT_ALIGNMENT);
        for (RoutinePresenter.Tile tile : tiles) {
            JButton b = w.tile(tile.title(), withLine ? tile.line() : "", t.small(), () -> presenter.choose(tile.id()),
                    width, height, first == null);
            b.setName(tile.id());
            if (first == null) {
                first = b;
            }
            grid.add(b);
        }
        // Every tile in a row set is as tall as the wordiest one needs, so no line is cut off.
        int tallest = height;
        for (java.awt.Component c : grid.getComponents()) {
            JButton b = (JButton) c;
            java.awt.Insets in = b.getInsets();
            tallest = Math.max(tallest, b.getComponent(0).getPreferredSize().height + in.top + in.bottom);
        }
        for (java.awt.Component c : grid.getComponents()) {
            c.setPreferredSize(new java.awt.Dimension(width, tallest));
        }
        for (int i = tiles.size(); i < rows * PER_ROW; i++) {
            grid.add(Box.createGlue());
        }
        grid.setMaximumSize(grid.getPreferredSize());
        return grid;
    }

    @Override
    public JComponent component() {
        return this;
    }

    @Override
    public JComponent firstFocus() {
        return first == null ? back : first;
    }
}
