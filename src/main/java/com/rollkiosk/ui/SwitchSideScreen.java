package com.rollkiosk.ui;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import java.awt.BorderLayout;
import java.awt.EventQueue;
import java.awt.FlowLayout;

/** Between two holds: a tick for the one just done, then what comes next, large. */
public final class SwitchSideScreen extends JPanel implements SwitchSidePresenter.View, ScreenView {

    static final String NEXT = "next";

    private final Widgets w;
    private final JPanel column;
    private final JButton next;
    private final JButton back;
    private final JButton end;

    public SwitchSideScreen(Widgets w, SwitchSidePresenter presenter) {
        super(new BorderLayout());
        this.w = w;
        setOpaque(false);
        column = w.column();
        next = w.primary(NEXT, presenter::next);
        back = w.secondary(Header.BACK, presenter::back);
        end = w.secondary(HoldScreen.END, presenter::end);
        add(Centred.screen(w, column), BorderLayout.CENTER);
    }

    @Override
    public void showNext(SwitchSidePresenter.Model m) {
        assert EventQueue.isDispatchThread();
        Theme t = w.theme();
        int width = Centred.width(t);
        column.removeAll();
        next.setText(m.next());
        back.setText(m.back());
        end.setText(m.end());
        var done = w.label("\u2713 " + m.doneLine(), t.action(), Theme.GO);
        done.setName("done");
        column.add(done);
        Centred.gap(column, t.gapLarge());
        var title = w.label(m.title(), t.heading(), Theme.MUTED);
        title.setName("title");
        column.add(title);
        Centred.gap(column, t.gap());
        column.add(NameRow.of(w, m.nextName(), m.nextSide(), width));
        Centred.gap(column, t.gap());
        column.add(new WrapText(m.stepLabel() + ".  " + m.prompt(), t.body(), Theme.MUTED, width));
        Centred.gap(column, t.gapLarge() * 2);
        JPanel buttons = w.panel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        buttons.setAlignmentX(LEFT_ALIGNMENT);
        buttons.add(next);
        buttons.add(javax.swing.Box.createHorizontalStrut(t.gapLarge()));
        buttons.add(back);
        buttons.add(javax.swing.Box.createHorizontalStrut(t.gap()));
        buttons.add(end);
        column.add(buttons);
        column.revalidate();
        column.repaint();
    }

    @Override
    public JComponent component() {
        return this;
    }

    @Override
    public JComponent firstFocus() {
        return next;
    }
}
