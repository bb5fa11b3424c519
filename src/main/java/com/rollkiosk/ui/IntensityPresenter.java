package com.rollkiosk.ui;

import com.rollkiosk.content.Guide;
import com.rollkiosk.domain.Intensity;
import java.util.List;

/** The guide's rule in two choices: strong and short, or light and long, with the seconds filled in. */
public final class IntensityPresenter extends Presenter<IntensityPresenter.Model, IntensityPresenter.View> {

    /** @param seconds the hold's length as the tile shows it, large, e.g. "30 s" */
    public record Choice(Intensity intensity, String title, String description, String seconds) {
    }

    /** @param method the method in a few sentences: find a tender spot, hold still on it */
    public record Model(String title, String back, String routineName, Choice maximal, Choice minimal,
                        List<String> method) {
    }

    public interface View {
        void showChoices(Model model);
    }

    public IntensityPresenter(Kiosk kiosk) {
        super(kiosk);
    }

    @Override
    protected Model model() {
        var timing = kiosk.flow().timing();
        var plan = kiosk.flow().chosenRoutine();
        Guide.Intensities words = kiosk.content().guide().intensity();
        return new Model(words.title(), kiosk.content().guide().back(),
                plan == null ? "" : new RoutineNames(kiosk.content()).of(plan.routineId()),
                choice(words, Intensity.MAXIMAL, words.maximal(), timing.maximalSeconds()),
                choice(words, Intensity.MINIMAL, words.minimal(), timing.minimalSeconds()), words.method());
    }

    private static Choice choice(Guide.Intensities words, Intensity intensity, Guide.Intensity text, int seconds) {
        return new Choice(intensity, text.title(), text.descriptionFor(seconds),
                Guide.fill(words.seconds(), "seconds", seconds));
    }

    @Override
    protected void show(Model model) {
        view.showChoices(model);
    }

    /**
     * Starts the routine at this intensity. By touch the first hold's get-ready begins at once (the
     * flow's rule), so a running hold is four taps from the idle screen; with a sensor the roller starts it.
     */
    public void choose(Intensity intensity) {
        kiosk.act(f -> f.chooseIntensity(intensity));
    }

    @Override
    public void escape() {
        kiosk.act(f -> f.back());
    }
}
