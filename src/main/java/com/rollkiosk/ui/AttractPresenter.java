package com.rollkiosk.ui;

import com.rollkiosk.content.Region;

/** The idle screen: which region card shows, and "tap to start". */
public final class AttractPresenter extends Presenter<AttractPresenter.Model, AttractPresenter.View> {

    public record Model(String tagline, String start, int index, int count, String regionId, String regionName,
                        String teaser) {
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
        return new Model(idle.tagline(), idle.start(), index, regions.size(), r.id(), r.name(), r.teaser());
    }

    @Override
    protected void show(Model model) {
        view.showCard(model);
    }

    public void start() {
        kiosk.act(f -> f.start());
    }
}
