package com.rollkiosk.ui;

import com.rollkiosk.config.AttractSettings;
import com.rollkiosk.config.HoldSettings;
import com.rollkiosk.config.KioskConfig;
import com.rollkiosk.config.MetricsSettings;
import com.rollkiosk.config.SoundSettings;
import com.rollkiosk.content.Guide;
import com.rollkiosk.content.Staff;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Staff mode's settings: steppers and toggles sized for a finger, edited as a draft and saved
 * through {@link StaffSettings}, which writes the file atomically (off the event thread, while the
 * section says it is saving) and then puts it in force. "Saved" speaks only for the draft that was
 * saved: the next edit clears it. Leaving the section drops an unsaved draft.
 */
final class SettingsSection implements StaffSection {

    static final String SAVE = "settings:save";
    /** The metrics endpoint's two offered places: this PC only, or every network the PC is on. */
    static final String METRICS_LOCAL = "127.0.0.1:9464";
    static final String METRICS_NETWORK = "0.0.0.0:9464";

    /** What staff are editing; the file is untouched until Save. */
    static final class Draft {
        int maximal;
        int minimal;
        int idle;
        int card;
        boolean sound;
        int volume;
        String language;
        String countOnly;
        /** Where metrics are served, null for off; and where the file said, so it can be picked again. */
        String metrics;
        final String metricsInFile;
        final Set<String> hidden = new LinkedHashSet<>();

        Draft(KioskConfig c) {
            maximal = c.hold().maximalSeconds();
            minimal = c.hold().minimalSeconds();
            idle = c.attract().idleTimeoutSeconds();
            card = c.attract().cardPeriodSeconds();
            sound = c.sound().enabled();
            volume = c.sound().volume();
            language = c.language();
            countOnly = c.hold().countOnly();
            hidden.addAll(c.hiddenRoutines());
            metrics = c.metrics().enabled() ? c.metrics().listen() : null;
            metricsInFile = metrics;
        }

        KioskConfig applyTo(KioskConfig c) {
            HoldSettings h = c.hold();
            AttractSettings a = c.attract();
            return c.with(new HoldSettings(maximal, minimal, h.getReadySeconds(), h.warningSeconds(),
                            h.switchSideSeconds(), countOnly), new AttractSettings(idle, card, a.finishedSeconds()),
                    new SoundSettings(sound, volume), language, List.copyOf(hidden))
                    .withMetrics(new MetricsSettings(metrics));
        }
    }

    private final Kiosk kiosk;
    private final Supplier<Widgets> widgets;
    private final StaffSettings settings;
    private final Executor saves;
    private final UiExecutor ui;
    private final JPanel view = new JPanel(new BorderLayout());
    private Draft draft;
    private String message = "";
    private boolean messageIsProblem;
    private boolean saving;
    /** Counts edits, entries and exits: a save's answer speaks for the draft only if none came since. */
    private int edits;

    /** Saving in line: for the preview, whose save writes nothing. */
    SettingsSection(Kiosk kiosk, Supplier<Widgets> widgets, StaffSettings settings) {
        this(kiosk, widgets, settings, Runnable::run, Runnable::run);
    }

    /** @param saves where the slow save runs; @param ui how its answer comes back to the event thread */
    SettingsSection(Kiosk kiosk, Supplier<Widgets> widgets, StaffSettings settings, Executor saves, UiExecutor ui) {
        this.kiosk = kiosk;
        this.widgets = widgets;
        this.settings = settings;
        this.saves = saves;
        this.ui = ui;
        view.setOpaque(false);
        view.setName("settings");
    }

    @Override
    public String key() {
        return "settings";
    }

    @Override
    public String title() {
        return words().title();
    }

    private Staff.Settings words() {
        return kiosk.content().staff().settings();
    }

    @Override
    public JComponent view() {
        if (draft == null) {
            draft = new Draft(settings.current());
        }
        build();
        return view;
    }

    @Override
    public void enter() {
        draft = new Draft(settings.current());
        message = "";
        edits++;
    }

    @Override
    public void leave() {
        draft = null;
        message = "";
        edits++;
    }

    Draft draft() {
        return draft;
    }

    /** Whether a save is under way; its button is off meanwhile. */
    boolean saving() {
        return saving;
    }

    /**
     * Saves the draft off the event thread; a strong hold that is not the shorter one is refused
     * before any file is touched.
     */
    void save() {
        if (saving) {
            return;
        }
        Staff.Settings s = words();
        if (draft.maximal >= draft.minimal) {
            message = s.notSaved() + " " + s.strongShorter();
            messageIsProblem = true;
            changed();
            return;
        }
        KioskConfig next = draft.applyTo(settings.current());
        int savedAt = edits;
        saving = true;
        message = s.saving();
        messageIsProblem = false;
        changed();
        saves.execute(() -> {
            Optional<String> problem;
            try {
                problem = settings.save(next);
            } catch (RuntimeException e) {
                problem = Optional.of(String.valueOf(e.getMessage()));
            }
            Optional<String> answer = problem;
            ui.execute(() -> saved(next, savedAt, answer));
        });
    }

    /** The save's answer, on the event thread: in force if saved, and said only if the draft is still the one saved. */
    private void saved(KioskConfig next, int savedAt, Optional<String> problem) {
        saving = false;
        if (problem.isEmpty()) {
            settings.saved(next);
        }
        if (edits == savedAt) {
            Staff.Settings s = words();
            message = problem.map(p -> s.notSaved() + " " + p).orElse(s.saved());
            messageIsProblem = problem.isPresent();
        }
        if (draft != null) {
            changed();
        }
    }

    /** A change to the draft: whatever was said about the last save no longer speaks for it. */
    private void edited() {
        edits++;
        message = "";
        changed();
    }

    private void changed() {
        build();
        kiosk.act(f -> f.activity());
    }

    private void build() {
        Widgets w = widgets.get();
        Theme t = w.theme();
        Staff.Settings s = words();
        view.removeAll();
        // The steppers take the room they need; the choices, whose words vary most, take the rest.
        JPanel columns = w.panel(new BorderLayout(t.gapLarge(), 0));
        int colWidth = t.px(680);

        JPanel left = w.column();
        left.add(stepper(w, "strong", s.strongHold(), seconds(draft.maximal), draft.maximal >= draft.minimal,
                () -> draft.maximal = Math.max(5, draft.maximal - 5), () -> draft.maximal = Math.min(600, draft.maximal + 5)));
        left.add(stepper(w, "light", s.lightHold(), seconds(draft.minimal), draft.maximal >= draft.minimal,
                () -> draft.minimal = Math.max(5, draft.minimal - 5), () -> draft.minimal = Math.min(600, draft.minimal + 5)));
        left.add(stepper(w, "idle", s.idleTimeout(), seconds(draft.idle), false,
                () -> draft.idle = Math.max(10, draft.idle - 10), () -> draft.idle = Math.min(3600, draft.idle + 10)));
        left.add(stepper(w, "card", s.cardPeriod(), seconds(draft.card), false,
                () -> draft.card = Math.max(2, draft.card - 1), () -> draft.card = Math.min(120, draft.card + 1)));
        left.add(stepper(w, "volume", s.volume(), draft.volume + " %", false,
                () -> draft.volume = Math.max(0, draft.volume - 10), () -> draft.volume = Math.min(100, draft.volume + 10)));
        // One button that steps through the choices: a row of three would not fit beside the steppers.
        left.add(choices(w, s.metrics(), List.of(option(w, "metrics", metricsChoice(s), draft.metrics != null,
                this::nextMetrics))));
        JButton save = w.primary(SAVE, this::save);
        save.setText(s.save());
        save.setEnabled(!saving);
        save.setPreferredSize(new java.awt.Dimension(t.px(360), t.secondaryHeight()));
        JPanel saveRow = row(w);
        saveRow.add(save);
        left.add(saveRow);
        List<String> notes = new ArrayList<>();
        if (!settings.refused().isEmpty()) {
            notes.add(Guide.fill(s.refused(), "file", settings.inUse()));
            notes.addAll(settings.refused());
        }
        notes.add(Guide.fill(s.savesTo(), "file", settings.file()));
        if (!message.isEmpty()) {
            WrapText said = new WrapText(message, t.bodyBold(),
                    messageIsProblem ? Theme.WARN : saving ? Theme.MUTED : Theme.GO, colWidth);
            said.setName("settings-message");
            left.add(said);
        }
        for (String note : notes) {
            left.add(new WrapText(note, t.small(), Theme.MUTED, colWidth));
        }

        JPanel right = w.column();
        right.add(choices(w, s.sound(), List.of(
                option(w, "sound:on", s.on(), draft.sound, () -> draft.sound = true),
                option(w, "sound:off", s.off(), !draft.sound, () -> draft.sound = false))));
        List<JButton> languages = new ArrayList<>();
        for (var c : kiosk.languages().all()) {
            languages.add(option(w, "language:" + c.language(), c.guide().language(), c.language().equals(draft.language),
                    () -> draft.language = c.language()));
        }
        right.add(choices(w, s.language(), languages));
        right.add(choices(w, s.counting(), List.of(
                option(w, "count:contact", s.countContact(), draft.countOnly.equals(HoldSettings.COUNT_CONTACT),
                        () -> draft.countOnly = HoldSettings.COUNT_CONTACT),
                option(w, "count:steady", s.countSteady(), draft.countOnly.equals(HoldSettings.COUNT_STEADY),
                        () -> draft.countOnly = HoldSettings.COUNT_STEADY))));
        right.add(label(w, s.routines()));
        JPanel routines = w.panel(new java.awt.GridLayout(0, 2, t.gapSmall(), t.gapSmall()));
        for (var r : kiosk.content().routines()) {
            boolean shown = !draft.hidden.contains(r.id());
            JButton b = option(w, "routine:" + r.id(), r.name(), shown, () -> {
                if (!draft.hidden.remove(r.id())) {
                    draft.hidden.add(r.id());
                }
            });
            b.setFont(t.body());
            routines.add(b);
        }
        routines.setAlignmentX(JComponent.LEFT_ALIGNMENT);
        right.add(routines);

        columns.add(top(w, left), BorderLayout.WEST);
        columns.add(top(w, right), BorderLayout.CENTER);
        view.add(columns, BorderLayout.CENTER);
        view.revalidate();
        view.repaint();
    }

    /** Off, this PC, the network, and an address set by hand in the file, in turn. */
    private List<String> metricsChoices() {
        List<String> choices = new ArrayList<>(java.util.Arrays.asList(null, METRICS_LOCAL, METRICS_NETWORK));
        if (!choices.contains(draft.metricsInFile)) {
            choices.add(draft.metricsInFile);
        }
        return choices;
    }

    private void nextMetrics() {
        List<String> choices = metricsChoices();
        draft.metrics = choices.get((choices.indexOf(draft.metrics) + 1) % choices.size());
    }

    private String metricsChoice(Staff.Settings s) {
        if (draft.metrics == null) {
            return s.off();
        }
        return draft.metrics.equals(METRICS_LOCAL) ? s.metricsLocal()
                : draft.metrics.equals(METRICS_NETWORK) ? s.metricsNetwork() : draft.metrics;
    }

    private String seconds(int n) {
        return Guide.fill(words().seconds(), "seconds", n);
    }

    /** A column pinned to the top of its half, so rows keep their height whatever the room. */
    private static JPanel top(Widgets w, JPanel column) {
        JPanel p = w.panel(new BorderLayout());
        p.add(column, BorderLayout.NORTH);
        return p;
    }

    private JPanel stepper(Widgets w, String name, String label, String value, boolean problem, Runnable less,
                           Runnable more) {
        Theme t = w.theme();
        JPanel row = w.panel(new BorderLayout(t.gap(), 0));
        row.setAlignmentX(JComponent.LEFT_ALIGNMENT);
        row.add(w.label(label, t.body(), Theme.TEXT), BorderLayout.CENTER);
        JPanel control = w.panel(new FlowLayout(FlowLayout.RIGHT, t.gapSmall(), 0));
        int size = Math.max(Theme.MIN_TARGET, t.px(88));
        JButton minus = w.key(name + ":less", () -> { less.run(); edited(); }, size);
        minus.setText("\u2212");
        JButton plus = w.key(name + ":more", () -> { more.run(); edited(); }, size);
        plus.setText("+");
        var shown = w.label(value, t.bodyBold(), problem ? Theme.WARN : Theme.ACCENT);
        shown.setName(name + ":value");
        shown.setHorizontalAlignment(javax.swing.SwingConstants.CENTER);
        shown.setPreferredSize(new java.awt.Dimension(t.px(150), size));
        control.add(minus);
        control.add(shown);
        control.add(plus);
        row.add(control, BorderLayout.EAST);
        return padded(w, row);
    }

    private JButton option(Widgets w, String name, String text, boolean chosen, Runnable pick) {
        JButton b = w.option(name, () -> { pick.run(); edited(); }, chosen);
        b.setText(chosen ? "\u2713 " + text : text);
        return b;
    }

    private JPanel choices(Widgets w, String label, List<JButton> options) {
        Theme t = w.theme();
        JPanel row = w.panel(new BorderLayout(t.gap(), 0));
        row.setAlignmentX(JComponent.LEFT_ALIGNMENT);
        row.add(w.label(label, t.body(), Theme.TEXT), BorderLayout.CENTER);
        JPanel control = w.panel(new FlowLayout(FlowLayout.RIGHT, t.gapSmall(), 0));
        options.forEach(control::add);
        row.add(control, BorderLayout.EAST);
        return padded(w, row);
    }

    private static JPanel label(Widgets w, String text) {
        JPanel row = row(w);
        row.add(w.label(text, w.theme().body(), Theme.TEXT));
        return padded(w, row);
    }

    private static JPanel row(Widgets w) {
        JPanel row = w.panel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        row.setAlignmentX(JComponent.LEFT_ALIGNMENT);
        return row;
    }

    private static JPanel padded(Widgets w, JPanel row) {
        row.setBorder(javax.swing.BorderFactory.createEmptyBorder(0, 0, w.theme().gapSmall(), 0));
        row.setMaximumSize(new java.awt.Dimension(Integer.MAX_VALUE, row.getPreferredSize().height));
        return row;
    }
}
