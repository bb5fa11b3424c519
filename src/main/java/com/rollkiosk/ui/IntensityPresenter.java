package com.rollkiosk.ui;

import com.rollkiosk.content.Guide;
import com.rollkiosk.domain.Intensity;
import java.util.List;

/** The guide's rule in two choices: strong and short, or light and long, with the seconds filled in. */
public final class IntensityPresenter extends Presenter<IntensityPresenter.Model, IntensityPresenter.View> {

    public record Choice(Intensity intensity, String title, String description, int seconds) {
    }

    /** @param method the method in a few sentences: find a tender spot, hold still on it */
    public record Model(String routineName, Choice maximal, Choice minimal, List<String> method) {
    }

    public interface View {
        void showChoices(Model model);
    }

    private final RoutineNames names;

    public IntensityPresenter(Kiosk kiosk) {
        super(kiosk);
        this.names = new RoutineNames(kiosk.content());
    }

    @Override
    protected Model model() {
        var timing = kiosk.flow().timing();
        var plan = kiosk.flow().chosenRoutine();
        Guide g = kiosk.content().guide();
        return new Model(plan == null ? "" : names.of(plan.routineId()),
                choice(Intensity.MAXIMAL, g.maximal(), timing.maximalSeconds()),
                choice(Intensity.MINIMAL, g.minimal(), timing.minimalSeconds()), g.method());
    }

    private static Choice choice(Intensity intensity, Guide.Intensity text, int seconds) {
        return new Choice(intensity, text.titleFor(seconds), text.descriptionFor(seconds), seconds);
    }

    @Override
    protected void show(Model model) {
        view.showChoices(model);
    }

    public void choose(Intensity intensity) {
        kiosk.act(f -> f.chooseIntensity(intensity));
    }

    @Override
    public void escape() {
        kiosk.act(f -> f.back());
    }
}
