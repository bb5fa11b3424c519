package com.rollkiosk.ui;

import com.rollkiosk.domain.Intensity;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import java.awt.BorderLayout;
import java.awt.EventQueue;
import java.awt.FlowLayout;
import java.awt.GridBagLayout;

/** Strong and short, or light and long: two big choices with the seconds in large type. */
public final class IntensityScreen extends JPanel implements IntensityPresenter.View, ScreenView {

    private final Widgets w;
    private final IntensityPresenter presenter;
    private final JButton back;
    private final JPanel choices;
    private final JPanel headerCell;
    private final JPanel subtitleCell;
    private final JPanel methodCell;
    private JButton first;

    public IntensityScreen(Widgets w, IntensityPresenter presenter) {
        super(new BorderLayout(0, w.theme().gapLarge()));
        this.w = w;
        this.presenter = presenter;
        Theme t = w.theme();
        setOpaque(false);
        int m = t.px(40);
        setBorder(BorderFactory.createEmptyBorder(m, t.margin(), t.margin(), t.margin()));
        back = w.secondary(Header.BACK, presenter::escape);
        JPanel north = w.column();
        headerCell = w.panel(new BorderLayout());
        headerCell.setAlignmentX(LEFT_ALIGNMENT);
        north.add(headerCell);
        subtitleCell = w.panel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        subtitleCell.setAlignmentX(LEFT_ALIGNMENT);
        north.add(subtitleCell);
        add(north, BorderLayout.NORTH);
        choices = w.panel(new FlowLayout(FlowLayout.CENTER, t.gapLarge(), 0));
        JPanel centre = w.panel(new GridBagLayout());
        centre.add(choices);
        add(centre, BorderLayout.CENTER);
        methodCell = w.panel(new FlowLayout(FlowLayout.CENTER, 0, 0));
        add(methodCell, BorderLayout.SOUTH);
    }

    @Override
    public void showChoices(IntensityPresenter.Model m) {
        assert EventQueue.isDispatchThread();
        Theme t = w.theme();
        back.setText(m.back());
        headerCell.removeAll();
        headerCell.add(Header.of(w, back, m.title(), t.heading()));
        subtitleCell.removeAll();
        subtitleCell.add(Box.createHorizontalStrut(back.getPreferredSize().width + t.gapLarge()));
        subtitleCell.add(w.label(m.routineName(), t.action(), Theme.MUTED));
        choices.removeAll();
        first = choice(m.maximal(), false);
        choices.add(first);
        choices.add(choice(m.minimal(), false));
        methodCell.removeAll();
        WrapText method = new WrapText(String.join(" ", m.method()), t.body(), Theme.MUTED,
                Math.min(t.px(1500), t.width() - 2 * t.margin()));
        method.setName("method");
        methodCell.add(method);
        revalidate();
        repaint();
    }

    private JButton choice(IntensityPresenter.Choice c, boolean featured) {
        Theme t = w.theme();
        // The flow layout puts a gap before, between and after the two choices.
        int width = Math.min(t.px(780), (t.width() - 2 * t.margin() - 3 * t.gapLarge()) / 2);
        JButton b = w.tile(c.title(), t.action(), c.description(), t.body(), () -> presenter.choose(c.intensity()), width,
                t.px(440), featured);
        b.setName(c.intensity() == Intensity.MAXIMAL ? "maximal" : "minimal");
        JComponent words = (JComponent) b.getComponent(0);
        words.add(Box.createVerticalStrut(t.gapLarge()), 0);
        words.add(new WrapText(c.seconds(), t.timerDigits().deriveFont((float) t.px(150)),
                featured ? Theme.ON_BRIGHT : Theme.ACCENT, width - b.getInsets().left - b.getInsets().right), 0);
        // The tile grows to its words, the big seconds included, so no line is cut off.
        b.setPreferredSize(new java.awt.Dimension(width, Math.max(t.px(440),
                words.getPreferredSize().height + b.getInsets().top + b.getInsets().bottom)));
        return b;
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
