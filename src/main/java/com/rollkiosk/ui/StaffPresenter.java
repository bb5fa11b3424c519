package com.rollkiosk.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * Staff mode's frame: a title, one menu button per section in the order they were added, the
 * chosen section's panel, and the way out. Sections are told when they are opened and left, so
 * they poll only while on show and drop unsaved edits on the way out.
 */
public final class StaffPresenter extends Presenter<StaffPresenter.Model, StaffPresenter.View> {

    public record Item(String key, String title, boolean chosen) {
    }

    /** @param choose what the content area says while no section is open */
    public record Model(String title, String leave, String choose, List<Item> menu) {
    }

    public interface View {
        void showStaff(Model model);

        /** Puts this section's panel in the content area; null for none. */
        void showSection(StaffSection section);
    }

    private final List<StaffSection> sections = new ArrayList<>();
    private StaffSection chosen;

    public StaffPresenter(Kiosk kiosk) {
        super(kiosk);
    }

    void add(StaffSection section) {
        sections.add(section);
    }

    @Override
    protected Model model() {
        var staff = kiosk.content().staff();
        return new Model(staff.title(), staff.menu().leave(), staff.menu().choose(), sections.stream()
                .map(s -> new Item(s.key(), s.title(), s == chosen)).toList());
    }

    @Override
    protected void show(Model model) {
        view.showStaff(model);
        view.showSection(chosen);
    }

    /** Staff mode was entered: the menu, no section open until one is chosen. */
    void entered() {
        left();
        forget();
    }

    /** Staff mode was left, by the button or by itself: the open section is told. */
    void left() {
        if (chosen != null) {
            chosen.leave();
            chosen = null;
        }
    }

    public void choose(String key) {
        StaffSection next = sections.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
        if (next != chosen) {
            left();
            chosen = next;
            if (chosen != null) {
                chosen.enter();
            }
            forget();
        }
        kiosk.act(f -> f.activity());
    }

    StaffSection chosen() {
        return chosen;
    }

    public void leave() {
        kiosk.act(f -> f.leaveStaff());
    }

    @Override
    public void escape() {
        leave();
    }
}
