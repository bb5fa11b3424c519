package com.rollkiosk.ui;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;

/**
 * The hold: region and side large on the left with the drawing and the steps; the ring timer on
 * the right with Start / Pause under it; Back, Skip and End along the bottom.
 */
public final class HoldScreen extends JPanel implements HoldPresenter.View, ScreenView {

    static final String START = "\u25B6 Start";
    static final String RESUME = "\u25B6 Resume";
    static final String PAUSE = "\u275A\u275A Pause";
    static final String SKIP = "Skip \u21E5";
    static final String END = "End routine";

    private final Widgets w;
    private final Illustrations illustrations;
    private final RingTimer ring;
    private final PressureGauge gauge;
    private final JLabel countRule;
    private final JButton primary;
    private final JButton back;
    private final JPanel left;
    private final int leftWidth;

    public HoldScreen(Widgets w, HoldPresenter presenter, Illustrations illustrations) {
        super(new BorderLayout(0, w.theme().gap()));
        this.w = w;
        this.illustrations = illustrations;
        Theme t = w.theme();
        setOpaque(false);
        int m = t.px(40);
        setBorder(BorderFactory.createEmptyBorder(m, t.margin(), m, t.margin()));

        ring = new RingTimer(t, presenter::ring);
        primary = w.primary(START, presenter::primary);
        primary.setPreferredSize(new Dimension(t.ringDiameter(), primary.getPreferredSize().height));
        JPanel right = w.panel(new GridBagLayout());
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.insets = new java.awt.Insets(0, 0, t.gapLarge(), 0);
        right.add(ring, c);
        c.insets = new java.awt.Insets(0, 0, 0, 0);
        right.add(primary, c);
        // With a sensor there is no Start button; the gauge takes its place.
        gauge = new PressureGauge(t, presenter.pressureLabel(), presenter::gauge);
        right.add(gauge, c);
        c.insets = new java.awt.Insets(t.gapSmall(), 0, 0, 0);
        countRule = w.label("", t.small(), Theme.MUTED);
        countRule.setName("count-rule");
        right.add(countRule, c);
        add(right, BorderLayout.EAST);

        leftWidth = t.width() - 2 * t.margin() - t.ringDiameter() - t.gapLarge() * 2;
        left = w.column();
        JPanel leftCell = w.panel(new BorderLayout());
        leftCell.add(left, BorderLayout.NORTH);
        add(leftCell, BorderLayout.CENTER);

        back = w.secondary(Header.BACK, presenter::back);
        JPanel bottom = w.panel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        bottom.add(back);
        bottom.add(Box.createHorizontalStrut(t.gap()));
        bottom.add(w.secondary(SKIP, presenter::skip));
        bottom.add(Box.createHorizontalStrut(t.gap()));
        bottom.add(w.secondary(END, presenter::end));
        add(bottom, BorderLayout.SOUTH);
    }

    @Override
    public void showHold(HoldPresenter.Model m) {
        assert EventQueue.isDispatchThread();
        Theme t = w.theme();
        left.removeAll();
        add(left, w.label(m.stepLabel().toUpperCase(java.util.Locale.ROOT), t.bodyBold(), Theme.MUTED), "step");
        left.add(Box.createVerticalStrut(t.gapSmall()));

        JPanel title = w.panel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        title.setAlignmentX(LEFT_ALIGNMENT);
        JLabel name = w.label(m.regionName(), t.display(), Theme.TEXT);
        name.setName("region-name");
        title.add(name);
        title.add(Box.createHorizontalStrut(t.gapLarge()));
        title.add(SideBadge.of(w, m.side()));
        title.setMaximumSize(title.getPreferredSize());
        left.add(title);
        left.add(Box.createVerticalStrut(t.gap()));

        WrapText prompt = new WrapText(m.prompt(), t.title(), promptColour(m), leftWidth);
        prompt.setName("prompt");
        left.add(prompt);
        left.add(Box.createVerticalStrut(t.gapLarge()));

        JPanel how = w.panel(new BorderLayout(t.gapLarge(), 0));
        how.setAlignmentX(LEFT_ALIGNMENT);
        int art = t.illustrationSize();
        JLabel drawing = new JLabel(illustrations.icon(m.regionId(), art, art).orElse(null));
        drawing.setPreferredSize(new Dimension(art, art * 3 / 4));
        drawing.setVerticalAlignment(JLabel.TOP);
        how.add(drawing, BorderLayout.WEST);
        JPanel steps = w.column();
        int stepWidth = leftWidth - art - t.gapLarge();
        for (int i = 0; i < m.steps().size(); i++) {
            steps.add(new WrapText((i + 1) + ".  " + m.steps().get(i), t.body(), Theme.TEXT, stepWidth));
            steps.add(Box.createVerticalStrut(t.gap() / 2));
        }
        how.add(steps, BorderLayout.CENTER);
        how.setMaximumSize(new Dimension(leftWidth, how.getPreferredSize().height));
        left.add(how);

        primary.setVisible(m.primary() != HoldPresenter.Primary.NONE);
        gauge.setVisible(m.countRule() != null);
        countRule.setVisible(m.countRule() != null);
        countRule.setText(m.countRule() == null ? "" : m.countRule());
        primary.setText(switch (m.primary()) {
            case START, NONE -> START;
            case RESUME -> RESUME;
            case PAUSE -> PAUSE;
        });
        primary.setName(primary.getText());
        left.revalidate();
        left.repaint();
        revalidate();
    }

    /** Praise in green, a correction in amber (never red: rolling is not an error), a pause in amber. */
    private static java.awt.Color promptColour(HoldPresenter.Model m) {
        return switch (m.coaching()) {
            case STEADY -> Theme.GO;
            case ROLLING -> Theme.ACCENT;
            case NONE -> m.state() == com.rollkiosk.domain.HoldTimer.State.PAUSED ? Theme.ACCENT : Theme.TEXT;
        };
    }

    private static void add(JPanel column, JLabel label, String name) {
        label.setName(name);
        label.setAlignmentX(LEFT_ALIGNMENT);
        column.add(label);
    }

    public RingTimer ring() {
        return ring;
    }

    public PressureGauge gauge() {
        return gauge;
    }

    @Override
    public JComponent component() {
        return this;
    }

    @Override
    public JComponent firstFocus() {
        return primary.isVisible() ? primary : back;
    }
}
