package com.rollkiosk.ui;

import java.util.List;

/** The safety check: every contraindication, and the two answers. */
public final class ContraindicationsPresenter extends Presenter<ContraindicationsPresenter.Model, ContraindicationsPresenter.View> {

    public record Item(String name, String gloss) {
    }

    /** @param confirmReady whether "none of these apply" counts yet: not before the list's reading time */
    public record Model(String intro, List<Item> items, String noneApply, String oneApplies, String back,
                        boolean confirmReady) {
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
                safety.noneApply(), safety.oneApplies(), content.guide().back(),
                kiosk.flow().nanosUntilConfirmCounts() == 0);
    }

    /** The confirmation becomes active when the reading time is up. */
    @Override
    public long msUntilChange() {
        long nanos = kiosk.flow().nanosUntilConfirmCounts();
        return nanos == 0 ? Long.MAX_VALUE : (nanos + 999_999L) / 1_000_000L;
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
