package com.rollkiosk.ui;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import java.awt.BorderLayout;
import java.awt.EventQueue;

/** Staff mode for now: a title and Back. PIN entry and settings come in a later issue. */
public final class StaffScreen extends JPanel implements StaffPresenter.View, ScreenView {

    private final Widgets w;
    private final JPanel column;
    private final JButton back;

    public StaffScreen(Widgets w, StaffPresenter presenter) {
        super(new BorderLayout());
        this.w = w;
        setOpaque(false);
        column = w.column();
        back = w.primary(Header.BACK, presenter::leave);
        add(Centred.screen(w, column), BorderLayout.CENTER);
    }

    @Override
    public void showStaff(StaffPresenter.Model m) {
        assert EventQueue.isDispatchThread();
        Theme t = w.theme();
        column.removeAll();
        back.setText(m.back());
        var title = w.label(m.title(), t.heading(), Theme.TEXT);
        title.setName("title");
        column.add(title);
        Centred.gap(column, t.gap());
        column.add(w.label(m.note(), t.body(), Theme.MUTED));
        Centred.gap(column, t.gapLarge());
        back.setAlignmentX(LEFT_ALIGNMENT);
        column.add(back);
        column.revalidate();
    }

    @Override
    public JComponent component() {
        return this;
    }

    @Override
    public JComponent firstFocus() {
        return back;
    }
}
