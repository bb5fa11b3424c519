package com.rollkiosk.ui;

import com.rollkiosk.content.CalibrationWords;

import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.util.function.Supplier;

/**
 * Staff mode's roller calibration wizard, by touch: the step's words, a progress bar while measuring, the live
 * gauge with the levels on show drawn on it and a contact mark that turns green, and big buttons.
 */
public final class CalibrationSection extends PolledSection<CalibrationPresenter.Model> {

    public static final String KEY = "calibration";
    /** Readings are drained this often: the gauge and the steps follow within a tenth of a second. */
    static final int POLL_MS = 100;

    private final CalibrationPresenter presenter;
    private final Supplier<CalibrationWords> words;
    private final Scheduler scheduler;
    private PressureGauge gauge;

    /** Saving in line: for tests and the preview. @param numbers how the language on show writes numbers */
    public CalibrationSection(RollerCalibration roller, Supplier<CalibrationWords> words, Supplier<Numbers> numbers,
                              Supplier<Theme> theme, Scheduler scheduler) {
        this(new CalibrationPresenter(roller, words, numbers), words, theme, scheduler);
    }

    /**
     * The wizard for the running kiosk: its words in the language on show, its theme for the
     * window's size, its save off the event thread.
     */
    public static CalibrationSection of(KioskUi ui, RollerCalibration roller) {
        Supplier<CalibrationWords> words = () -> ui.kiosk().content().staff().calibration();
        return new CalibrationSection(new CalibrationPresenter(roller, words, ui.kiosk()::numbers, ui.saves(),
                UiExecutor.swing()), words,
                () -> Theme.forSize(ui.root().getWidth(), ui.root().getHeight()), ui.scheduler());
    }

    private CalibrationSection(CalibrationPresenter presenter, Supplier<CalibrationWords> words, Supplier<Theme> theme,
                               Scheduler scheduler) {
        super(KEY, () -> words.get().title(), presenter, theme, scheduler, POLL_MS);
        this.scheduler = scheduler;
        this.words = words;
        this.presenter = presenter;
    }

    CalibrationPresenter presenter() {
        return presenter;
    }

    @Override
    void build(JPanel panel, CalibrationPresenter.Model m, Theme t, int width) {
        Widgets w = new Widgets(t);
        int textWidth = Math.max(t.px(400), width - 2 * t.margin());
        JPanel column = w.column();
        JLabel title = w.label(m.title(), t.title(), Theme.TEXT);
        title.setName("calibration-title");
        column.add(title);
        column.add(Box.createVerticalStrut(t.gap()));
        column.add(named(new WrapText(m.line(), t.bodyBold(), Theme.ACCENT, textWidth), "calibration-line"));
        if (!m.hint().isEmpty()) {
            column.add(Box.createVerticalStrut(t.gapSmall()));
            column.add(named(new WrapText(m.hint(), t.body(), Theme.MUTED, textWidth), "calibration-hint"));
        }
        if (m.step() != CalibrationPresenter.Step.NO_SENSOR) {
            column.add(Box.createVerticalStrut(t.gap()));
            int barWidth = Math.min(textWidth, t.px(1200));
            column.add(progress(t, m.progress(), barWidth));
            column.add(Box.createVerticalStrut(t.gap()));
            column.add(gauge(t, barWidth));
            column.add(Box.createVerticalStrut(t.gapSmall()));
            JLabel contact = w.label(m.contact(), t.action(), m.inContact() ? Theme.GO : Theme.MUTED);
            contact.setName("calibration-contact");
            column.add(contact);
        }
        column.add(Box.createVerticalStrut(t.gapLarge()));
        column.add(buttons(w, m));
        for (java.awt.Component c : column.getComponents()) {
            ((JComponent) c).setAlignmentX(JComponent.LEFT_ALIGNMENT);
        }
        JPanel margin = w.panel(new BorderLayout());
        margin.setBorder(javax.swing.BorderFactory.createEmptyBorder(t.gapLarge(), t.margin(), t.gap(), t.margin()));
        margin.add(column, BorderLayout.NORTH);
        panel.add(margin, BorderLayout.CENTER);
    }

    private JComponent progress(Theme t, int percent, int width) {
        JProgressBar bar = new JProgressBar(0, 100);
        bar.setName("calibration-progress");
        bar.setValue(Math.max(0, percent));
        bar.setVisible(percent >= 0);
        Dimension size = new Dimension(width, t.px(16));
        bar.setPreferredSize(size);
        bar.setMaximumSize(size);
        bar.setForeground(Theme.ACCENT);
        // Room is kept when hidden, so the gauge and buttons do not jump as measuring starts and stops.
        JPanel slot = new JPanel(new BorderLayout());
        slot.setOpaque(false);
        slot.setPreferredSize(size);
        slot.setMaximumSize(size);
        slot.add(bar);
        return slot;
    }

    private PressureGauge gauge(Theme t, int width) {
        gauge = new PressureGauge(t, scheduler, words.get().gauge(), presenter::gauge);
        gauge.setMarks(words.get().markOn(), words.get().markOff());
        Dimension size = new Dimension(width, gauge.getPreferredSize().height);
        gauge.setPreferredSize(size);
        gauge.setMaximumSize(size);
        gauge.poll();
        return gauge;
    }

    private JComponent buttons(Widgets w, CalibrationPresenter.Model m) {
        JPanel row = w.panel(new java.awt.FlowLayout(java.awt.FlowLayout.LEFT, 0, 0));
        if (m.primary() != null) {
            JButton primary = w.primary("calibration-primary", this::primary);
            primary.setText(m.primary());
            row.add(primary);
            row.add(Box.createHorizontalStrut(w.theme().gap()));
        }
        if (m.secondary() != null) {
            JButton secondary = w.secondary("calibration-secondary", this::secondary);
            secondary.setText(m.secondary());
            row.add(secondary);
        }
        return row;
    }

    private void primary() {
        presenter.primary();
        refresh();
    }

    private void secondary() {
        presenter.secondary();
        refresh();
    }

    /** The gauge on show, for tests. */
    PressureGauge gauge() {
        return gauge;
    }

    private static JComponent named(JComponent c, String name) {
        c.setName(name);
        return c;
    }
}
