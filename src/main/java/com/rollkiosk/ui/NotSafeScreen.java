package com.rollkiosk.ui;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import java.awt.BorderLayout;
import java.awt.EventQueue;

/** "Please ask a professional first": a kind stop that only leads back to the start. */
public final class NotSafeScreen extends JPanel implements NotSafePresenter.View, ScreenView {

    static final String DONE = "done";

    private final Widgets w;
    private final JPanel column;
    private final JButton done;

    public NotSafeScreen(Widgets w, NotSafePresenter presenter) {
        super(new BorderLayout());
        this.w = w;
        setOpaque(false);
        column = w.column();
        done = w.primary(DONE, presenter::done);
        add(Centred.screen(w, column), BorderLayout.CENTER);
    }

    @Override
    public void showMessage(NotSafePresenter.Model m) {
        assert EventQueue.isDispatchThread();
        Theme t = w.theme();
        int width = Centred.width(t);
        column.removeAll();
        column.add(w.label("\u2665  " + m.title(), t.heading(), Theme.ACCENT));
        done.setText(m.done());
        Centred.gap(column, t.gapLarge());
        WrapText message = new WrapText(m.message(), t.title(), Theme.TEXT, width);
        message.setName("message");
        column.add(message);
        Centred.gap(column, t.gapLarge() * 2);
        done.setAlignmentX(LEFT_ALIGNMENT);
        column.add(done);
        column.revalidate();
        column.repaint();
    }

    @Override
    public JComponent component() {
        return this;
    }

    @Override
    public JComponent firstFocus() {
        return done;
    }
}
