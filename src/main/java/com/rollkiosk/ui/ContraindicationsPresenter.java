package com.rollkiosk.ui;

import java.util.List;

/** The safety check: every contraindication, and the two answers. */
public final class ContraindicationsPresenter extends Presenter<ContraindicationsPresenter.Model, ContraindicationsPresenter.View> {

    public record Item(String name, String gloss) {
    }

    public record Model(String intro, List<Item> items, String noneApply, String oneApplies, String back) {
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
        var safety = content.guide().safety();
        return new Model(safety.question(),
                content.contraindications().stream().map(c -> new Item(c.name(), c.gloss())).toList(),
                safety.noneApply(), safety.oneApplies(), content.guide().back());
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
