package com.rollkiosk.ui;

/** Staff mode's placeholder: a title and the way back; PIN and settings come later. */
public final class StaffPresenter extends Presenter<StaffPresenter.Model, StaffPresenter.View> {

    public record Model(String title) {
    }

    public interface View {
        void showStaff(Model model);
    }


    public StaffPresenter(Kiosk kiosk) {
        super(kiosk);
    }

    @Override
    protected Model model() {
        return new Model("Staff");
    }

    @Override
    protected void show(Model model) {
        view.showStaff(model);
    }

    public void leave() {
        kiosk.act(f -> f.leaveStaff());
    }

    @Override
    public void escape() {
        leave();
    }
}
