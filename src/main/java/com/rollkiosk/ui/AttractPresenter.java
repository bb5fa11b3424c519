package com.rollkiosk.ui;

import com.rollkiosk.content.Content;
import com.rollkiosk.content.Region;

import java.util.List;

/** The idle screen: which region card shows, "tap to start", and the language button. */
public final class AttractPresenter extends Presenter<AttractPresenter.Model, AttractPresenter.View> {

    /**
     * @param languages one choice per language, in its own name; empty when there is only one
     */
    public record Model(String tagline, String start, int index, int count, String regionId, String regionName,
                        String teaser, List<Language> languages) {
    }

    /** A language as the language button offers it: "Deutsch", and whether it is on show. */
    public record Language(String code, String name, boolean current) {
    }

    public interface View {
        void showCard(Model model);
    }


    public AttractPresenter(Kiosk kiosk) {
        super(kiosk);
    }

    @Override
    protected Model model() {
        var regions = kiosk.content().regions();
        int index = Math.max(0, kiosk.flow().attractCard()) % regions.size();
        Region r = regions.get(index);
        var idle = kiosk.content().guide().idle();
        return new Model(idle.tagline(), idle.start(), index, regions.size(), r.id(), r.name(), r.teaser(),
                languages());
    }

    private List<Language> languages() {
        List<Content> all = kiosk.languages().all();
        if (all.size() < 2) {
            return List.of();
        }
        String current = kiosk.content().language();
        return all.stream().map(c -> new Language(c.language(), c.guide().language(), c.language().equals(current)))
                .toList();
    }

    @Override
    protected void show(Model model) {
        view.showCard(model);
    }

    public void chooseLanguage(String code) {
        kiosk.chooseLanguage(code);
    }

    public void start() {
        kiosk.act(f -> f.start());
    }
}
