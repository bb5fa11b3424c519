package com.rollkiosk.ui;

import com.rollkiosk.content.Guide;
import com.rollkiosk.domain.RoutineSession;
import com.rollkiosk.domain.Side;
import com.rollkiosk.domain.Step;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The end of a routine: what was held, a kind word, and the way back to the start. */
public final class FinishedPresenter extends Presenter<FinishedPresenter.Model, FinishedPresenter.View> {

    /**
     * @param done      one line per region held, e.g. "Calves: left and right"
     * @param doneLabel the button back to the start
     */
    public record Model(String kindWord, String summary, List<String> done, String doneLabel) {
    }

    public interface View {
        void showFinished(Model model);
    }

    public FinishedPresenter(Kiosk kiosk) {
        super(kiosk);
    }

    @Override
    protected Model model() {
        RoutineSession s = kiosk.flow().session();
        Guide.Finished finished = kiosk.content().guide().finished();
        List<String> words = finished.words();
        if (s == null) {
            return new Model(words.get(0), "", List.of(), finished.done());
        }
        if (s.completedSteps() == 0) {
            // Nothing held is thanked for the visit, not praised, and no "0 of 17" is counted out.
            return new Model(finished.thanks(), "", doneLines(s, finished), finished.done());
        }
        // The same session always gets the same word, and different routines get different ones.
        String word = words.get(Math.floorMod(s.plan().routineId().hashCode() + s.completedSteps(), words.size()));
        String summary = s.steps().size() == 1 ? Guide.fill(finished.summaryOne(), "done", s.completedSteps())
                : Guide.fill(finished.summary(), "done", s.completedSteps(), "total", s.steps().size());
        return new Model(word, summary, doneLines(s, finished), finished.done());
    }

    private List<String> doneLines(RoutineSession s, Guide.Finished finished) {
        Map<String, List<Side>> held = new LinkedHashMap<>();
        for (RoutineSession.StepResult r : s.results()) {
            if (!r.skipped()) {
                Step step = r.step();
                held.computeIfAbsent(step.regionId(), k -> new ArrayList<>()).add(step.side());
            }
        }
        if (held.isEmpty()) {
            return List.of(finished.nothingHeld());
        }
        RoutineNames names = new RoutineNames(kiosk.content());
        List<String> lines = new ArrayList<>();
        held.forEach((region, sides) -> lines.add(names.held(region, sides)));
        return lines;
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
