package com.rollkiosk.ui;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import java.awt.BorderLayout;
import java.awt.EventQueue;

/** The end: a kind word, what was held, and the way back to the start. */
public final class FinishedScreen extends JPanel implements FinishedPresenter.View, ScreenView {

    static final String DONE = "done";

    private final Widgets w;
    private final JPanel column;
    private final JButton done;

    public FinishedScreen(Widgets w, FinishedPresenter presenter) {
        super(new BorderLayout());
        this.w = w;
        setOpaque(false);
        column = w.column();
        done = w.primary(DONE, presenter::done);
        add(Centred.screen(w, column), BorderLayout.CENTER);
    }

    @Override
    public void showFinished(FinishedPresenter.Model m) {
        assert EventQueue.isDispatchThread();
        Theme t = w.theme();
        int width = Centred.width(t);
        column.removeAll();
        done.setText(m.doneLabel());
        WrapText word = new WrapText(m.kindWord(), t.display(), Theme.TEXT, width);
        word.setName("kind-word");
        column.add(word);
        Centred.gap(column, t.gap());
        if (!m.summary().isEmpty()) {
            var summary = w.label("\u2713 " + m.summary(), t.heading(), Theme.GO);
            summary.setName("summary");
            column.add(summary);
            Centred.gap(column, t.gap());
        }
        for (String line : m.done()) {
            column.add(new WrapText(line, t.body(), Theme.MUTED, width));
        }
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
