package com.rollkiosk.ui;

import com.rollkiosk.content.Guide;
import com.rollkiosk.domain.RoutineSession;

/** "End the routine now?": asked once before a routine ends; keeping going is the default. */
public final class EndRoutinePresenter extends Presenter<EndRoutinePresenter.Model, EndRoutinePresenter.View> {

    /** @param progress how far the routine got, e.g. "Step 3 of 17" */
    public record Model(String question, String progress, String keepGoing, String end) {
    }

    public interface View {
        void showQuestion(Model model);
    }

    public EndRoutinePresenter(Kiosk kiosk) {
        super(kiosk);
    }

    @Override
    protected Model model() {
        Guide guide = kiosk.content().guide();
        Guide.EndQuestion words = guide.endQuestion();
        RoutineSession s = kiosk.flow().session();
        String progress = s == null ? ""
                : Guide.fill(guide.hold().step(), "step", s.currentIndex() + 1, "steps", s.steps().size());
        return new Model(words.question(), progress, words.keepGoing(), words.end());
    }

    @Override
    protected void show(Model model) {
        view.showQuestion(model);
    }

    public void keepGoing() {
        kiosk.act(f -> f.keepGoing());
    }

    public void end() {
        kiosk.act(f -> f.confirmEnd());
    }

    /** Escape, like Back, keeps going: the question never ends a routine by default. */
    @Override
    public void escape() {
        keepGoing();
    }
}
