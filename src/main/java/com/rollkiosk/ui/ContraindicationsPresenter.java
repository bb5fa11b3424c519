package com.rollkiosk.ui;

import java.util.List;

/** The safety check: every contraindication, and the two answers. */
public final class ContraindicationsPresenter extends Presenter<ContraindicationsPresenter.Model, ContraindicationsPresenter.View> {

    public record Item(String name, String gloss) {
    }

    public record Model(String intro, List<Item> items) {
    }

    public interface View {
        void showList(Model model);
    }


    public ContraindicationsPresenter(Kiosk kiosk) {
        super(kiosk);
    }

    @Override
    protected Model model() {
        var content = kiosk.content();
        return new Model(content.guide().contraindicationsIntro(),
                content.contraindications().stream().map(c -> new Item(c.name(), c.gloss())).toList());
    }

    @Override
    protected void show(Model model) {
        view.showList(model);
    }

    public void noneApply() {
        kiosk.act(f -> f.noneApply());
    }

    public void oneApplies() {
        kiosk.act(f -> f.oneApplies());
    }

    @Override
    public void escape() {
        kiosk.act(f -> f.back());
    }
}
