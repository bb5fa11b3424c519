package com.rollkiosk.ui;

import com.rollkiosk.content.Guide;
import com.rollkiosk.content.Region;
import com.rollkiosk.domain.RoutineSession;
import com.rollkiosk.domain.Step;

/** The short prompt between two holds: what was just done and what comes next. */
public final class SwitchSidePresenter extends Presenter<SwitchSidePresenter.Model, SwitchSidePresenter.View> {

    /**
     * @param title    "Now the other side" or "Next up"
     * @param doneLine the hold just finished, e.g. "Calves, left: done"
     */
    public record Model(String title, String doneLine, String nextName, String nextSide, String stepLabel,
                        String prompt, String next, String back, String end) {
    }

    public interface View {
        void showNext(Model model);
    }

    public SwitchSidePresenter(Kiosk kiosk) {
        super(kiosk);
    }

    @Override
    protected Model model() {
        RoutineSession s = kiosk.flow().session();
        Step done = s.currentStep();
        Step next = s.upcomingStep();
        Guide guide = kiosk.content().guide();
        Guide.Between words = guide.between();
        RoutineNames names = new RoutineNames(kiosk.content());
        boolean sameRegion = done.regionId().equals(next.regionId());
        String position = kiosk.content().region(next.regionId()).map(Region::position).orElse(Region.LYING);
        String prompt = kiosk.flow().isSensorConnected() ? guide.hold().onSensor().forPosition(position)
                : words.movesOn();
        return new Model(sameRegion ? words.switchSide() : words.nextRegion(),
                Guide.fill(words.done(), "step", names.step(done)), names.region(next.regionId()),
                RoutineNames.badge(guide, next.side()),
                Guide.fill(guide.hold().step(), "step", s.currentIndex() + 2, "steps", s.steps().size()), prompt,
                words.next(), guide.back(), guide.hold().end());
    }

    @Override
    protected void show(Model model) {
        view.showNext(model);
    }

    public void next() {
        kiosk.act(f -> f.next());
    }

    public void back() {
        kiosk.act(f -> f.back());
    }

    public void end() {
        kiosk.act(f -> f.endRoutine());
    }

    @Override
    public void escape() {
        back();
    }
}
