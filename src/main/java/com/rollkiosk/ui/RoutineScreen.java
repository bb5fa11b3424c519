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

/** Choosing what to roll: routines as big tiles, then one tile per region with where to find it. */
public final class RoutineScreen extends JPanel implements RoutinePresenter.View, ScreenView {

    private static final int PER_ROW = 5;

    private final Widgets w;
    private final RoutinePresenter presenter;
    private final JButton back;
    private final JPanel body;
    private final JPanel north;
    private JComponent first;

    public RoutineScreen(Widgets w, RoutinePresenter presenter) {
        super(new BorderLayout(0, w.theme().gap()));
        this.w = w;
        this.presenter = presenter;
        Theme t = w.theme();
        setOpaque(false);
        int m = t.px(40);
        setBorder(BorderFactory.createEmptyBorder(m, t.margin(), m, t.margin()));
        back = w.secondary(Header.BACK, presenter::escape);
        north = w.panel(new BorderLayout());
        add(north, BorderLayout.NORTH);
        body = w.column();
        JPanel top = w.panel(new BorderLayout());
        top.add(body, BorderLayout.NORTH);
        add(top, BorderLayout.CENTER);
    }

    @Override
    public void showTiles(RoutinePresenter.Model m) {
        assert EventQueue.isDispatchThread();
        Theme t = w.theme();
        back.setText(m.back());
        north.removeAll();
        north.add(Header.of(w, back, m.title(), t.heading()));
        body.removeAll();
        first = null;
        body.add(section(m.routinesLabel()));
        body.add(Box.createVerticalStrut(t.gapSmall()));
        body.add(grid(m.routines(), t.px(150)));
        body.add(Box.createVerticalStrut(t.gap()));
        body.add(section(m.oneAreaLabel()));
        body.add(Box.createVerticalStrut(t.gapSmall()));
        body.add(grid(m.regions(), t.px(120)));
        body.revalidate();
        body.repaint();
    }

    private JComponent section(String text) {
        var label = w.label(text, w.theme().bodyBold(), Theme.MUTED);
        label.setAlignmentX(LEFT_ALIGNMENT);
        return label;
    }

    private JPanel grid(List<RoutinePresenter.Tile> tiles, int height) {
        Theme t = w.theme();
        int gap = t.gap();
        int width = (t.width() - 2 * t.margin() - (PER_ROW - 1) * gap) / PER_ROW;
        int rows = (tiles.size() + PER_ROW - 1) / PER_ROW;
        JPanel grid = w.panel(new GridLayout(rows, PER_ROW, gap, gap));
        grid.setAlignmentX(LEFT_ALIGNMENT);
        for (RoutinePresenter.Tile tile : tiles) {
            // Read at arm's length, like the safety list: the type is smaller than the hold screen's.
            JButton b = w.tile(tile.title(), t.bodyBold(), tile.line(), t.small(), () -> presenter.choose(tile.id()),
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
