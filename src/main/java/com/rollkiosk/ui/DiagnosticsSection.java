package com.rollkiosk.ui;

import com.rollkiosk.content.DiagnosticsWords;
import com.rollkiosk.domain.Clock;

import javax.swing.Box;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.List;
import java.util.function.Supplier;

/**
 * Staff diagnostics: the sensor on the left with a plot of its last 30 s, the kiosk on the right,
 * and under it the serial ports {@code auto} listened to.
 * Refreshed twice a second while shown, and not at all while hidden.
 */
public final class DiagnosticsSection extends PolledSection<DiagnosticsPresenter.Model> {

    public static final String KEY = "diagnostics";
    static final int POLL_MS = 500;

    /** The rows whose values are the system's own text, in no language. */
    private static final java.util.Set<String> SYSTEM_ROWS = java.util.Set.of("port", "info", "version");

    private final Supplier<DiagnosticsWords> words;
    private final Supplier<Numbers> numbers;

    /** @param numbers how the language on show writes numbers */
    public DiagnosticsSection(DiagnosticsSource source, Supplier<DiagnosticsWords> words, Supplier<Numbers> numbers,
                              Supplier<Theme> theme, Clock clock, Scheduler scheduler) {
        this(new DiagnosticsPresenter(source, words, numbers, clock), words, numbers, theme, scheduler);
    }

    /** Diagnostics for the running kiosk: its words and numbers in the language on show, its theme for the window's size. */
    public static DiagnosticsSection of(KioskUi ui, DiagnosticsSource source, Clock clock) {
        return new DiagnosticsSection(source, () -> ui.kiosk().content().staff().diagnostics(), ui.kiosk()::numbers,
                () -> Theme.forSize(ui.root().getWidth(), ui.root().getHeight()), clock, ui.scheduler());
    }

    private DiagnosticsSection(DiagnosticsPresenter presenter, Supplier<DiagnosticsWords> words,
                               Supplier<Numbers> numbers, Supplier<Theme> theme, Scheduler scheduler) {
        super(KEY, () -> words.get().title(), presenter, theme, scheduler, POLL_MS);
        this.words = words;
        this.numbers = numbers;
    }

    @Override
    void build(JPanel panel, DiagnosticsPresenter.Model m, Theme t, int width) {
        Widgets w = new Widgets(t);
        int columnWidth = (width - 2 * t.margin() - t.gapLarge()) / 2;
        JPanel sensor = w.column();
        sensor.add(heading(w, m.sensorHeading()));
        sensor.add(table(w, m.sensor(), columnWidth));
        sensor.add(Box.createVerticalStrut(t.gap()));
        sensor.add(w.label(m.plotLabel(), t.small(), Theme.MUTED));
        sensor.add(Box.createVerticalStrut(t.gapSmall()));
        sensor.add(new ValuePlot(t, m.plot(), numbers.get(), new Dimension(columnWidth, t.px(130))));
        JPanel kiosk = w.column();
        kiosk.add(heading(w, m.kioskHeading()));
        kiosk.add(table(w, m.kiosk(), columnWidth));
        if (!m.ports().isEmpty()) {
            kiosk.add(Box.createVerticalStrut(t.gap()));
            kiosk.add(heading(w, m.portsHeading()));
            kiosk.add(table(w, m.ports(), columnWidth));
        }
        for (JPanel column : List.of(sensor, kiosk)) {
            for (java.awt.Component c : column.getComponents()) {
                ((JComponent) c).setAlignmentX(JComponent.LEFT_ALIGNMENT);
            }
        }
        JPanel columns = w.panel(new GridBagLayout());
        GridBagConstraints at = new GridBagConstraints();
        at.anchor = GridBagConstraints.NORTHWEST;
        at.weightx = 1;
        at.weighty = 1;
        at.insets = new Insets(0, 0, 0, t.gapLarge());
        columns.add(fixedWidth(sensor, columnWidth), at);
        at.insets = new Insets(0, 0, 0, 0);
        columns.add(fixedWidth(kiosk, columnWidth), at);
        JPanel page = w.panel(new BorderLayout());
        page.setBorder(javax.swing.BorderFactory.createEmptyBorder(t.gap(), t.margin(), t.gap(), t.margin()));
        JLabel title = w.label(m.title(), t.title(), Theme.TEXT);
        title.setName("diagnostics-title");
        title.setBorder(javax.swing.BorderFactory.createEmptyBorder(0, 0, t.gap(), 0));
        page.add(title, BorderLayout.NORTH);
        page.add(columns, BorderLayout.CENTER);
        panel.add(page, BorderLayout.CENTER);
    }

    private static JComponent heading(Widgets w, String text) {
        JLabel l = w.label(text, w.theme().bodyBold(), Theme.ACCENT);
        l.setBorder(javax.swing.BorderFactory.createEmptyBorder(0, 0, w.theme().gapSmall(), 0));
        return l;
    }

    /** Label and value side by side; a long value (a path) wraps within the column. */
    private static JComponent table(Widgets w, List<DiagnosticsPresenter.Row> rows, int width) {
        Theme t = w.theme();
        int labelWidth = 0;
        for (DiagnosticsPresenter.Row r : rows) {
            labelWidth = Math.max(labelWidth, w.label(r.label(), t.small(), Theme.MUTED).getPreferredSize().width);
        }
        labelWidth = Math.min(labelWidth, width / 2);
        JPanel table = w.panel(new GridBagLayout());
        GridBagConstraints at = new GridBagConstraints();
        at.anchor = GridBagConstraints.NORTHWEST;
        int valueWidth = width - labelWidth - t.gap();
        for (DiagnosticsPresenter.Row r : rows) {
            at.gridx = 0;
            at.weightx = 0;
            at.insets = new Insets(0, 0, t.px(3), t.gap());
            table.add(new WrapText(r.label(), t.small(), Theme.MUTED, labelWidth), at);
            at.gridx = 1;
            at.weightx = 1;
            at.insets = new Insets(0, 0, t.px(3), 0);
            WrapText value = new WrapText(r.value(), t.small(), r.problem() ? Theme.WARN : Theme.TEXT, valueWidth);
            value.setName("diagnostics-" + r.name());
            if (SYSTEM_ROWS.contains(r.name())) {
                value.putClientProperty(Widgets.SYSTEM_TEXT, true);
            }
            table.add(value, at);
        }
        return table;
    }

    private static JComponent fixedWidth(JComponent c, int width) {
        JPanel holder = new JPanel(new BorderLayout());
        holder.setOpaque(false);
        holder.add(c, BorderLayout.NORTH);
        holder.setPreferredSize(new Dimension(width, c.getPreferredSize().height));
        return holder;
    }
}
