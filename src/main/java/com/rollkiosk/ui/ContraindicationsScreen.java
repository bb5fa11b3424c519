package com.rollkiosk.ui;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import java.awt.BorderLayout;
import java.awt.EventQueue;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;

/** All contraindications in three columns, and the two answers as big buttons. */
public final class ContraindicationsScreen extends JPanel implements ContraindicationsPresenter.View, ScreenView {

    static final String NONE_APPLY = "None of these apply to me";
    static final String ONE_APPLIES = "One of these applies";
    private static final int COLUMNS = 3;

    private final Widgets w;
    private final JButton none;
    private final JButton one;
    private final JButton back;

    public ContraindicationsScreen(Widgets w, ContraindicationsPresenter presenter) {
        super(new BorderLayout(0, w.theme().gap()));
        this.w = w;
        Theme t = w.theme();
        setOpaque(false);
        int m = t.px(40);
        setBorder(BorderFactory.createEmptyBorder(m, t.margin(), m, t.margin()));
        back = w.secondary(Header.BACK, presenter::escape);
        none = w.primary(NONE_APPLY, presenter::noneApply);
        one = w.alternative(ONE_APPLIES, presenter::oneApplies);
        JPanel answers = w.panel(new FlowLayout(FlowLayout.CENTER, t.gapLarge(), 0));
        answers.add(one);
        answers.add(none);
        add(answers, BorderLayout.SOUTH);
    }

    @Override
    public void showList(ContraindicationsPresenter.Model m) {
        assert EventQueue.isDispatchThread();
        Theme t = w.theme();
        BorderLayout layout = (BorderLayout) getLayout();
        for (String place : List.of(BorderLayout.NORTH, BorderLayout.CENTER)) {
            if (layout.getLayoutComponent(place) != null) {
                remove(layout.getLayoutComponent(place));
            }
        }
        add(Header.of(w, back, m.intro(), t.title()), BorderLayout.NORTH);

        int gap = t.gapLarge();
        int columnWidth = (t.width() - 2 * t.margin() - (COLUMNS - 1) * gap) / COLUMNS;
        List<JComponent> items = new ArrayList<>();
        int total = 0;
        for (ContraindicationsPresenter.Item item : m.items()) {
            JPanel entry = w.column();
            entry.setName(item.name());
            entry.add(new WrapText(item.name(), t.bodyBold(), Theme.TEXT, columnWidth));
            entry.add(new WrapText(item.gloss(), t.small(), Theme.MUTED, columnWidth));
            entry.add(Box.createVerticalStrut(t.px(14)));
            entry.setAlignmentX(LEFT_ALIGNMENT);
            items.add(entry);
            total += entry.getPreferredSize().height;
        }
        JPanel grid = w.panel(new GridLayout(1, COLUMNS, gap, 0));
        // Columns are balanced by height, not count, so a wrapped gloss does not push one column long.
        JPanel column = w.column();
        int filled = 0;
        int columnsLeft = COLUMNS;
        for (JComponent item : items) {
            int h = item.getPreferredSize().height;
            if (filled > 0 && filled + h / 2 > total / columnsLeft && columnsLeft > 1) {
                grid.add(column);
                total -= filled;
                columnsLeft--;
                column = w.column();
                filled = 0;
            }
            column.add(item);
            filled += h;
        }
        grid.add(column);
        JPanel top = w.panel(new BorderLayout());
        top.add(grid, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(top, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setBorder(null);
        scroll.setOpaque(false);
        scroll.getViewport().setOpaque(false);
        scroll.getVerticalScrollBar().setUnitIncrement(t.px(40));
        add(scroll, BorderLayout.CENTER);
        revalidate();
        repaint();
    }

    @Override
    public JComponent component() {
        return this;
    }

    @Override
    public JComponent firstFocus() {
        return none;
    }
}
