package com.rollkiosk.sensor.field;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table: every scenario and phase by every line format, the share of the time the
 * contact state was right, the worst of all runs of that cell. Phases of one scenario with the
 * same label (the drift's repeats) share a row.
 */
public final class FieldTable {

    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    private static final class Row {
        final String scenario;
        final Phase phase;
        final Map<LineFormat, List<PhaseResult>> cells = new EnumMap<>(LineFormat.class);

        Row(String scenario, Phase phase) {
            this.scenario = scenario;
            this.phase = phase;
        }
    }

    public synchronized void add(String scenario, LineFormat format, PhaseResult result) {
        rows.computeIfAbsent(scenario + "\u0000" + result.phase().label(), k -> new Row(scenario, result.phase()))
                .cells.computeIfAbsent(format, f -> new ArrayList<>()).add(result);
    }

    /** A line under the table: a goal checked outside the phases, with its figure. */
    public synchronized void note(String line) {
        notes.add(line);
    }

    /** The table as markdown, with its caption. */
    public synchronized String markdown(String caption) {
        StringBuilder b = new StringBuilder();
        b.append(caption).append("\n\n| scenario | phase | person | judged |");
        for (LineFormat f : LineFormat.values()) {
            b.append(' ').append(f.label()).append(" |");
        }
        b.append("\n|---|---|---|---|");
        b.append("---|".repeat(LineFormat.values().length)).append('\n');
        String last = null;
        for (Row row : rows.values()) {
            b.append("| ").append(row.scenario.equals(last) ? "" : row.scenario).append(" | ")
                    .append(row.phase.label()).append(" | ").append(row.phase.truth()).append(" | ")
                    .append(row.phase.required() ? "≥ 90 %" : "reported").append(" |");
            for (LineFormat f : LineFormat.values()) {
                b.append(' ').append(cell(row.cells.get(f))).append(" |");
            }
            b.append('\n');
            last = row.scenario;
        }
        for (String n : notes) {
            b.append("\n- ").append(n);
        }
        return b.append('\n').toString();
    }

    /** Worst share and slowest settling of the runs; "✗" marks a required phase under the bar. */
    private static String cell(List<PhaseResult> results) {
        if (results == null || results.isEmpty()) {
            return "–";
        }
        double worst = Double.NaN;
        double slowest = 0;
        boolean failed = false;
        for (PhaseResult r : results) {
            if (!Double.isNaN(r.share())) {
                worst = Double.isNaN(worst) ? r.share() : Math.min(worst, r.share());
            }
            slowest = Math.max(slowest, r.settleSeconds());
            failed |= r.failed();
        }
        String share = Double.isNaN(worst) ? "n/a" : String.format(Locale.ROOT, "%.0f %%", 100 * worst);
        String settle = Double.isInfinite(slowest) ? "never" : String.format(Locale.ROOT, "%.1f s", slowest);
        return (failed ? "✗ " : "") + share + " (" + settle + ")";
    }
}
