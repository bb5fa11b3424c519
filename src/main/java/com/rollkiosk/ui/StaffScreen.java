package com.rollkiosk.ui;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import java.awt.BorderLayout;
import java.awt.EventQueue;
import java.awt.FlowLayout;

/** Staff mode: the title and Leave along the top, the section buttons under them, the chosen section below. */
public final class StaffScreen extends JPanel implements StaffPresenter.View, ScreenView {

    static final String LEAVE = "staff:leave";
    static final String MENU = "menu:";

    private final Widgets w;
    private final StaffPresenter presenter;
    private final JPanel titleRow;
    private final JPanel menu;
    private final JPanel content;
    private final JButton leave;
    private String choose = "";

    public StaffScreen(Widgets w, StaffPresenter presenter) {
        super(new BorderLayout(0, w.theme().gap()));
        this.w = w;
        this.presenter = presenter;
        Theme t = w.theme();
        setOpaque(false);
        int m = staffMargin(t);
        setBorder(javax.swing.BorderFactory.createEmptyBorder(t.gapSmall(), m, m, m));
        leave = w.secondary(LEAVE, presenter::leave);
        titleRow = w.panel(new BorderLayout());
        menu = w.panel(new FlowLayout(FlowLayout.LEFT, t.gapSmall(), 0));
        JPanel top = w.column();
        titleRow.setAlignmentX(LEFT_ALIGNMENT);
        menu.setAlignmentX(LEFT_ALIGNMENT);
        top.add(titleRow);
        top.add(javax.swing.Box.createVerticalStrut(t.gapSmall()));
        top.add(menu);
        add(top, BorderLayout.NORTH);
        content = w.panel(new BorderLayout());
        add(content, BorderLayout.CENTER);
    }

    /** Staff screens hold more than a runner's, so they keep a narrower edge. */
    static int staffMargin(Theme t) {
        return t.px(32);
    }

    @Override
    public void showStaff(StaffPresenter.Model m) {
        assert EventQueue.isDispatchThread();
        Theme t = w.theme();
        titleRow.removeAll();
        var title = w.label(m.title(), t.title(), Theme.TEXT);
        title.setName("title");
        titleRow.add(title, BorderLayout.WEST);
        leave.setText(m.leave());
        titleRow.add(leave, BorderLayout.EAST);
        choose = m.choose();
        menu.removeAll();
        for (StaffPresenter.Item item : m.menu()) {
            JButton b = w.option(MENU + item.key(), () -> presenter.choose(item.key()), item.chosen());
            b.setText(item.title());
            menu.add(b);
        }
        revalidate();
        repaint();
    }

    @Override
    public void showSection(StaffSection section) {
        content.removeAll();
        if (section != null) {
            content.add(section.view(), BorderLayout.CENTER);
        } else {
            var hint = w.label(choose, w.theme().body(), Theme.MUTED);
            hint.setName("staff-choose");
            content.add(hint, BorderLayout.NORTH);
        }
        content.revalidate();
        content.repaint();
    }

    @Override
    public JComponent component() {
        return this;
    }

    @Override
    public JComponent firstFocus() {
        return leave;
    }
}
