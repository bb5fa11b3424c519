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

/**
 * All contraindications in three columns, and the two answers as big buttons. The list takes the
 * room the screen has: its type grows from the arm's-length size until the tallest column would no
 * longer fit, so a small window reads larger type rather than empty space.
 */
public final class ContraindicationsScreen extends JPanel implements ContraindicationsPresenter.View, ScreenView {

    static final String NONE_APPLY = "none-apply";
    static final String ONE_APPLIES = "one-applies";
    private static final int COLUMNS = 3;
    /** How far the list's type may grow past its arm's-length size, in steps of {@link #GROWTH_STEP}. */
    static final float MAX_GROWTH = 1.6f;
    private static final float GROWTH_STEP = 0.05f;

    private final Widgets w;
    private final JButton none;
    private final JButton one;
    private final JButton back;
    private List<ContraindicationsPresenter.Item> shownItems;
    private String shownIntro;

    public ContraindicationsScreen(Widgets w, ContraindicationsPresenter presenter) {
        super(new BorderLayout(0, w.theme().gapSmall()));
        this.w = w;
        Theme t = w.theme();
        setOpaque(false);
        int m = t.px(24);
        setBorder(BorderFactory.createEmptyBorder(m, t.margin(), m, t.margin()));
        back = w.secondary(Header.BACK, presenter::escape);
        none = w.primary(NONE_APPLY, presenter::noneApply);
        // Until the list has had its reading time the confirmation waits: plainly a button still, not amber yet.
        none.putClientProperty(com.formdev.flatlaf.FlatClientProperties.STYLE,
                none.getClientProperty(com.formdev.flatlaf.FlatClientProperties.STYLE)
                        + "; disabledBackground: " + Theme.hex(Theme.SURFACE_RAISED)
                        + "; disabledText: " + Theme.hex(Theme.MUTED));
        one = w.alternative(ONE_APPLIES, presenter::oneApplies);
        JPanel answers = w.panel(new BorderLayout());
        JPanel backCell = w.panel(new java.awt.GridBagLayout());
        backCell.add(back);
        answers.add(backCell, BorderLayout.WEST);
        JPanel choices = w.panel(new FlowLayout(FlowLayout.RIGHT, 0, 0));
        choices.add(one);
        choices.add(Box.createHorizontalStrut(t.gapLarge()));
        choices.add(none);
        answers.add(choices, BorderLayout.EAST);
        add(answers, BorderLayout.SOUTH);
    }

    @Override
    public void showList(ContraindicationsPresenter.Model m) {
        assert EventQueue.isDispatchThread();
        Theme t = w.theme();
        none.setText(m.noneApply());
        none.setEnabled(m.confirmReady());
        one.setText(m.oneApplies());
        back.setText(m.back());
        // The reading time running out changes only the button; the list is not laid out again.
        if (m.items().equals(shownItems) && m.intro().equals(shownIntro)) {
            return;
        }
        shownItems = m.items();
        shownIntro = m.intro();
        BorderLayout layout = (BorderLayout) getLayout();
        for (String place : List.of(BorderLayout.NORTH, BorderLayout.CENTER)) {
            if (layout.getLayoutComponent(place) != null) {
                remove(layout.getLayoutComponent(place));
            }
        }
        WrapText intro = new WrapText(m.intro(), t.title(), Theme.TEXT, t.width() - 2 * t.margin());
        intro.setName("title");
        add(intro, BorderLayout.NORTH);

        int gap = t.gapLarge();
        int columnWidth = (t.width() - 2 * t.margin() - (COLUMNS - 1) * gap) / COLUMNS;
        // Read at arm's length, so the type is never shrunk to fit: the list is balanced over three
        // columns, and the layout tests check every condition is seen without scrolling. Room to
        // spare goes to larger type.
        int room = t.height() - t.statusHeight() - 2 * t.px(24) - intro.getPreferredSize().height
                - answers().getPreferredSize().height - 2 * ((BorderLayout) getLayout()).getVgap();
        List<JComponent> items = entries(m, columnWidth, 1f);
        int[] splits = balancedSplits(heights(items));
        for (float growth = GROWTH_STEP + 1f; growth <= MAX_GROWTH + 0.001f; growth += GROWTH_STEP) {
            List<JComponent> larger = entries(m, columnWidth, growth);
            int[] largerSplits = balancedSplits(heights(larger));
            if (tallest(heights(larger), largerSplits) > room) {
                break;
            }
            items = larger;
            splits = largerSplits;
        }
        JPanel grid = w.panel(new GridLayout(1, COLUMNS, gap, 0));
        for (int c = 0; c < COLUMNS; c++) {
            JPanel column = w.column();
            for (int i = c == 0 ? 0 : splits[c - 1]; i < (c == COLUMNS - 1 ? items.size() : splits[c]); i++) {
                column.add(items.get(i));
            }
            grid.add(column);
        }
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

    /** The answers' row, at the bottom. */
    private JComponent answers() {
        return (JComponent) ((BorderLayout) getLayout()).getLayoutComponent(BorderLayout.SOUTH);
    }

    /** @param growth the type's size over its arm's-length size, 1 or more */
    private List<JComponent> entries(ContraindicationsPresenter.Model m, int columnWidth, float growth) {
        Theme t = w.theme();
        // The explanations grow first: they are what is read to decide; a name stays at least as large.
        java.awt.Font gloss = t.small().deriveFont((float) Math.round(t.small().getSize() * growth));
        java.awt.Font name = t.listName().deriveFont((float) Math.max(t.listName().getSize(), gloss.getSize()));
        List<JComponent> items = new ArrayList<>();
        for (ContraindicationsPresenter.Item item : m.items()) {
            JPanel entry = w.column();
            entry.setName(item.name());
            entry.add(new WrapText(item.name(), name, Theme.TEXT, columnWidth));
            entry.add(new WrapText(item.gloss(), gloss, Theme.MUTED, columnWidth));
            entry.add(Box.createVerticalStrut(t.px(3)));
            entry.setAlignmentX(LEFT_ALIGNMENT);
            items.add(entry);
        }
        return items;
    }

    private static int[] heights(List<JComponent> items) {
        return items.stream().mapToInt(i -> i.getPreferredSize().height).toArray();
    }

    /** The tallest column's height with the list split at {@code splits}. */
    static int tallest(int[] heights, int[] splits) {
        int[] bounds = {0, splits[0], splits[1], heights.length};
        int tallest = 0;
        for (int c = 0; c < COLUMNS; c++) {
            int sum = 0;
            for (int i = bounds[c]; i < bounds[c + 1]; i++) {
                sum += heights[i];
            }
            tallest = Math.max(tallest, sum);
        }
        return tallest;
    }

    /**
     * Where the list breaks into its three columns, keeping the reading order and making the
     * tallest column as short as possible, so a wrapped gloss never pushes one column off screen.
     */
    static int[] balancedSplits(int[] heights) {
        int n = heights.length;
        int[] prefix = new int[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + heights[i];
        }
        int best = Integer.MAX_VALUE;
        int[] splits = {Math.min(n, 1), Math.min(n, 2)};
        for (int a = 1; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                int tallest = Math.max(prefix[a], Math.max(prefix[b] - prefix[a], prefix[n] - prefix[b]));
                if (tallest < best) {
                    best = tallest;
                    splits = new int[] {a, b};
                }
            }
        }
        return splits;
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
