package com.rollkiosk.ui;

import com.rollkiosk.content.Staff;

import javax.swing.JComponent;
import javax.swing.JPanel;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Staff mode's statistics: the last {@value #DAYS} days from the activity log as totals and a bar
 * chart. The log is read off the event thread each time the section opens, on a thread of its own
 * (never behind a PIN check), and the read is cancelled when staff leave the section.
 */
final class StatisticsSection implements StaffSection {

    static final int DAYS = 30;

    private final Kiosk kiosk;
    private final Supplier<Widgets> widgets;
    private final StaffStatistics statistics;
    private final Executor background;
    private final UiExecutor ui;
    private final JPanel view = new JPanel(new BorderLayout());
    /** Null while reading; empty when the log could not be read. */
    private List<StaffStatistics.Day> days;
    private boolean unreadable;
    private int opened;
    /** The read under way for the current visit, or the last one. */
    private Future<Void> reading = CompletableFuture.completedFuture(null);

    StatisticsSection(Kiosk kiosk, Supplier<Widgets> widgets, StaffStatistics statistics, Executor background,
                      UiExecutor ui) {
        this.kiosk = kiosk;
        this.widgets = widgets;
        this.statistics = statistics;
        this.background = background;
        this.ui = ui;
        view.setOpaque(false);
        view.setName("statistics");
    }

    @Override
    public String key() {
        return "statistics";
    }

    @Override
    public String title() {
        return kiosk.content().staff().statistics().title();
    }

    @Override
    public JComponent view() {
        build();
        return view;
    }

    @Override
    public void enter() {
        reading.cancel(true);
        int visit = ++opened;
        days = null;
        unreadable = false;
        FutureTask<Void> task = new FutureTask<>(() -> {
            List<StaffStatistics.Day> read;
            try {
                read = statistics.lastDays(DAYS);
            } catch (UncheckedIOException e) {
                read = null;
            }
            List<StaffStatistics.Day> result = read;
            ui.execute(() -> {
                if (visit == opened) {
                    days = result == null ? List.of() : result;
                    unreadable = result == null;
                    build();
                }
            });
        }, null);
        reading = task;
        background.execute(task);
    }

    /** Staff left: the read stops where it is (it is interrupted), and nothing it found is shown. */
    @Override
    public void leave() {
        opened++;
        reading.cancel(true);
        days = null;
    }

    /** The days on show, null while the log is being read. */
    List<StaffStatistics.Day> days() {
        return days;
    }

    private void build() {
        Widgets w = widgets.get();
        if (w == null) {
            return;
        }
        Theme t = w.theme();
        Staff.Statistics s = kiosk.content().staff().statistics();
        view.removeAll();
        JPanel head = w.column();
        head.add(w.label(s.heading(), t.bodyBold(), Theme.TEXT));
        if (days != null) {
            JPanel totals = w.panel(new FlowLayout(FlowLayout.LEFT, t.gapLarge(), t.gapSmall()));
            totals.setAlignmentX(JComponent.LEFT_ALIGNMENT);
            totals.add(total(w, "total:started", s.started(), days.stream().mapToInt(StaffStatistics.Day::started).sum(),
                    DayChart.STARTED));
            totals.add(total(w, "total:finished", s.finished(),
                    days.stream().mapToInt(StaffStatistics.Day::finished).sum(), DayChart.FINISHED));
            totals.add(total(w, "total:holds", s.holds(), days.stream().mapToInt(StaffStatistics.Day::holds).sum(),
                    DayChart.HOLDS));
            head.add(totals);
            if (unreadable || days.stream().allMatch(d -> d.started() + d.finished() + d.holds() == 0)) {
                var note = w.label(unreadable ? s.unreadable() : s.none(), t.body(), unreadable ? Theme.WARN : Theme.MUTED);
                note.setName("statistics-note");
                head.add(note);
            }
        }
        view.add(head, BorderLayout.NORTH);
        if (days != null && !days.isEmpty()) {
            java.util.Locale locale = java.util.Locale.forLanguageTag(kiosk.content().language());
            view.add(new DayChart(t, days, java.time.format.DateTimeFormatter.ofPattern(s.dateFormat(), locale)),
                    BorderLayout.CENTER);
        }
        view.revalidate();
        view.repaint();
    }

    /** A total, written as the language on show groups its digits ("1.880" in German). */
    private JPanel total(Widgets w, String name, String label, int n, java.awt.Color colour) {
        Theme t = w.theme();
        JPanel p = w.panel(new FlowLayout(FlowLayout.LEFT, t.gapSmall(), 0));
        var number = w.label(kiosk.numbers().whole(n), t.title(), colour);
        number.setName(name);
        p.add(number);
        p.add(w.label(label, t.body(), Theme.MUTED));
        return p;
    }
}
