package com.rollkiosk.ui;

import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.FlowLayout;

/** The question before a routine ends: "Keep going" large and first, ending small beside it. */
public final class EndRoutineScreen extends JPanel implements EndRoutinePresenter.View, ScreenView {

    static final String KEEP_GOING = "keep-going";
    static final String END = "end-confirmed";

    private final Widgets w;
    private final JPanel column;
    private final JButton keepGoing;
    private final JButton end;

    public EndRoutineScreen(Widgets w, EndRoutinePresenter presenter) {
        super(new java.awt.BorderLayout());
        this.w = w;
        setOpaque(false);
        column = w.column();
        keepGoing = w.primary(KEEP_GOING, presenter::keepGoing);
        end = w.secondary(END, presenter::end);
        add(Centred.screen(w, column), java.awt.BorderLayout.CENTER);
    }

    @Override
    public void showQuestion(EndRoutinePresenter.Model m) {
        assert EventQueue.isDispatchThread();
        Theme t = w.theme();
        int width = Centred.width(t);
        column.removeAll();
        keepGoing.setText(m.keepGoing());
        end.setText(m.end());
        var progress = w.label(m.progress(), t.bodyBold(), Theme.MUTED);
        progress.setName("progress");
        column.add(progress);
        Centred.gap(column, t.gap());
        WrapText question = new WrapText(m.question(), t.heading(), Theme.TEXT, width);
        question.setName("question");
        column.add(question);
        Centred.gap(column, t.gapLarge() * 2);
        // The default is twice the size of the way out, and far from it: a stray tap keeps the routine.
        keepGoing.setPreferredSize(new Dimension(Math.max(keepGoing.getPreferredSize().width, t.px(720)),
                t.primaryHeight() * 3 / 2));
        JPanel buttons = w.panel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        buttons.setAlignmentX(LEFT_ALIGNMENT);
        buttons.add(keepGoing);
        buttons.add(Box.createHorizontalStrut(t.gapLarge() * 2));
        JPanel endCell = w.panel(new java.awt.GridBagLayout());
        endCell.setPreferredSize(new Dimension(end.getPreferredSize().width, t.primaryHeight() * 3 / 2));
        endCell.add(end);
        buttons.add(endCell);
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
        return keepGoing;
    }
}
