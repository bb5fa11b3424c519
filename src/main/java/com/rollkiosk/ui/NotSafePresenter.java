package com.rollkiosk.ui;

/** The kind stop after "one of these applies": it says why, and only leads back to attract. */
public final class NotSafePresenter extends Presenter<NotSafePresenter.Model, NotSafePresenter.View> {

    public record Model(String title, String message, String done) {
    }

    public interface View {
        void showMessage(Model model);
    }


    public NotSafePresenter(Kiosk kiosk) {
        super(kiosk);
    }

    @Override
    protected Model model() {
        var words = kiosk.content().guide().notSafe();
        return new Model(words.title(), words.message(), words.done());
    }

    @Override
    protected void show(Model model) {
        view.showMessage(model);
    }

    public void done() {
        kiosk.act(f -> f.dismiss());
    }

    @Override
    public void escape() {
        done();
    }
}
