package com.rollkiosk.ui;

import com.rollkiosk.domain.RoutineSession;
import com.rollkiosk.domain.Side;
import com.rollkiosk.domain.Step;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The end of a routine: what was held, a kind word, and the way back to the start. */
public final class FinishedPresenter extends Presenter<FinishedPresenter.Model, FinishedPresenter.View> {

    /** @param done one line per region held, e.g. "Calves: left and right" */
    public record Model(String kindWord, String summary, List<String> done) {
    }

    public interface View {
        void showFinished(Model model);
    }

    static final String NOTHING_HELD = "No holds finished this time. Come back any time.";

    private final RoutineNames names;

    public FinishedPresenter(Kiosk kiosk) {
        super(kiosk);
        this.names = new RoutineNames(kiosk.content());
    }

    @Override
    protected Model model() {
        RoutineSession s = kiosk.flow().session();
        List<String> words = kiosk.content().guide().finished();
        if (s == null) {
            return new Model(words.get(0), "", List.of());
        }
        // The same session always gets the same word, and different routines get different ones.
        String word = words.get(Math.floorMod(s.plan().routineId().hashCode() + s.completedSteps(), words.size()));
        String summary = s.completedSteps() + " of " + s.steps().size() + (s.steps().size() == 1 ? " hold" : " holds");
        return new Model(word, summary, doneLines(s));
    }

    private List<String> doneLines(RoutineSession s) {
        Map<String, List<Side>> held = new LinkedHashMap<>();
        for (RoutineSession.StepResult r : s.results()) {
            if (!r.skipped()) {
                Step step = r.step();
                held.computeIfAbsent(step.regionId(), k -> new ArrayList<>()).add(step.side());
            }
        }
        if (held.isEmpty()) {
            return List.of(NOTHING_HELD);
        }
        List<String> lines = new ArrayList<>();
        held.forEach((region, sides) -> lines.add(names.region(region) + sidesText(sides)));
        return lines;
    }

    private static String sidesText(List<Side> sides) {
        List<String> named = sides.stream().filter(side -> side != Side.CENTRE)
                .map(side -> side.name().toLowerCase(Locale.ROOT)).toList();
        return named.isEmpty() ? "" : ": " + String.join(" and ", named);
    }

    @Override
    protected void show(Model model) {
        view.showFinished(model);
    }

    public void done() {
        kiosk.act(f -> f.dismiss());
    }

    @Override
    public void escape() {
        done();
    }
}
