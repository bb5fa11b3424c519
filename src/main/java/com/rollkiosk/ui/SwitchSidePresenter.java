package com.rollkiosk.ui;

import com.rollkiosk.domain.RoutineSession;
import com.rollkiosk.domain.Side;
import com.rollkiosk.domain.Step;

/** The short prompt between two holds: what was just done and what comes next. */
public final class SwitchSidePresenter extends Presenter<SwitchSidePresenter.Model, SwitchSidePresenter.View> {

    /**
     * @param title    "Now the other side" or "Next up"
     * @param doneLine the hold just finished, e.g. "Calves, left: done"
     */
    public record Model(String title, String doneLine, String nextName, Side nextSide, String stepLabel,
                        String prompt) {
    }

    public interface View {
        void showNext(Model model);
    }

    static final String TAP_NEXT = "Tap Next when you are ready";

    private final RoutineNames names;

    public SwitchSidePresenter(Kiosk kiosk) {
        super(kiosk);
        this.names = new RoutineNames(kiosk.content());
    }

    @Override
    protected Model model() {
        RoutineSession s = kiosk.flow().session();
        Step done = s.currentStep();
        Step next = s.upcomingStep();
        var guide = kiosk.content().guide();
        boolean sameRegion = done.regionId().equals(next.regionId());
        String prompt = kiosk.flow().isSensorConnected() ? guide.holdOnSensor() : TAP_NEXT;
        return new Model(sameRegion ? guide.switchSide() : guide.nextRegion(), names.step(done) + ": done",
                names.region(next.regionId()), next.side(),
                "Step " + (s.currentIndex() + 2) + " of " + s.steps().size(), prompt);
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
