package com.rollkiosk.ui;

/** Staff mode's placeholder: a title, a note and the way back, in the staff words; PIN and settings come later. */
public final class StaffPresenter extends Presenter<StaffPresenter.Model, StaffPresenter.View> {

    public record Model(String title, String note, String back) {
    }

    public interface View {
        void showStaff(Model model);
    }


    public StaffPresenter(Kiosk kiosk) {
        super(kiosk);
    }

    @Override
    protected Model model() {
        var staff = kiosk.content().staff();
        return new Model(staff.title(), staff.note(), kiosk.content().guide().back());
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
