package com.rollkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JPanel;
import org.junit.jupiter.api.Test;

/** Staff mode's frame: sections in the order added, each told when it opens and when it is left. */
class StaffPresenterTest {

    private final List<String> told = new ArrayList<>();

    private StaffSection section(String key) {
        return new StaffSection() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public String title() {
                return key.toUpperCase(java.util.Locale.ROOT);
            }

            @Override
            public JComponent view() {
                return new JPanel();
            }

            @Override
            public void enter() {
                told.add("enter " + key);
            }

            @Override
            public void leave() {
                told.add("leave " + key);
            }
        };
    }

    @Test
    void theMenuListsSectionsInTheOrderAddedAndChoosingOneLeavesTheOther() {
        Fixture fixture = new Fixture(e -> { });
        StaffPresenter staff = new StaffPresenter(fixture.kiosk());
        staff.add(section("calibration"));
        staff.add(section("settings"));
        staff.entered();
        assertThat(staff.model().menu()).extracting(StaffPresenter.Item::key).containsExactly("calibration", "settings");
        assertThat(staff.model().menu()).noneMatch(StaffPresenter.Item::chosen);
        staff.choose("calibration");
        staff.choose("settings");
        staff.left();
        assertThat(told).containsExactly("enter calibration", "leave calibration", "enter settings", "leave settings");
    }

    @Test
    void leavingStaffModeByItselfTellsTheOpenSection() throws Exception {
        try (KioskWindowHarness k = new KioskWindowHarness(1280, 800)) {
            k.run(() -> k.ui.addStaffSection(section("settings")));
            k.act(f -> {
                f.askStaffPin();
                f.enterStaff();
            });
            k.touch(StaffScreen.MENU + "settings");
            assertThat(told).containsExactly("enter settings");
            k.advanceMillis(60_000);
            assertThat(told).containsExactly("enter settings", "leave settings");
        }
    }
}
