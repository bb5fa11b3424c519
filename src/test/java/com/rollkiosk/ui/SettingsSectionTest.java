package com.rollkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.config.HoldSettings;
import com.rollkiosk.config.KioskConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The settings section's draft and save, through a fake settings file: no window, no file. */
class SettingsSectionTest {

    private final List<KioskConfig> saved = new ArrayList<>();
    private List<String> refused = List.of();
    private final StaffSettings file = new StaffSettings() {
        @Override
        public KioskConfig current() {
            return saved.isEmpty() ? KioskConfig.defaults() : saved.get(saved.size() - 1);
        }

        @Override
        public String file() {
            return "kiosk.json";
        }

        @Override
        public String inUse() {
            return file();
        }

        @Override
        public List<String> refused() {
            return refused;
        }

        @Override
        public Optional<String> save(KioskConfig next) {
            saved.add(next);
            return Optional.empty();
        }
    };
    private final Fixture fixture = new Fixture(e -> { });
    private final Widgets widgets = Edt.unchecked(() -> {
        Theme.install();
        return new Widgets(Theme.forSize(1280, 800));
    });
    private final SettingsSection section = new SettingsSection(fixture.kiosk(), () -> widgets, file);

    /** Presses the named button in a view, as a tap does. */
    private static final class AppTouch {
        static void press(java.awt.Component root, String name) {
            javax.swing.AbstractButton b = find(root, name);
            assertThat(b).as(name).isNotNull();
            b.doClick(0);
        }

        private static javax.swing.AbstractButton find(java.awt.Component c, String name) {
            if (c instanceof javax.swing.AbstractButton b && name.equals(b.getName())) {
                return b;
            }
            if (c instanceof java.awt.Container parent) {
                for (java.awt.Component child : parent.getComponents()) {
                    javax.swing.AbstractButton found = find(child, name);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        }
    }

    private void onEdt(Runnable r) {
        Edt.unchecked(() -> {
            r.run();
            return null;
        });
    }

    @Test
    void whatStaffChangeIsSavedWithEverythingElseKept() {
        onEdt(() -> {
            section.enter();
            section.view();
            SettingsSection.Draft d = section.draft();
            d.maximal = 45;
            d.idle = 120;
            d.card = 12;
            d.sound = false;
            d.volume = 40;
            d.language = "de";
            d.countOnly = HoldSettings.COUNT_STEADY;
            d.hidden.add("desk-worker");
            section.save();
        });
        KioskConfig c = saved.get(0);
        assertThat(c.hold().maximalSeconds()).isEqualTo(45);
        assertThat(c.hold().minimalSeconds()).isEqualTo(90);
        assertThat(c.hold().getReadySeconds()).isEqualTo(KioskConfig.defaults().hold().getReadySeconds());
        assertThat(c.hold().countOnly()).isEqualTo("steady");
        assertThat(c.attract().idleTimeoutSeconds()).isEqualTo(120);
        assertThat(c.attract().cardPeriodSeconds()).isEqualTo(12);
        assertThat(c.sound().enabled()).isFalse();
        assertThat(c.sound().volume()).isEqualTo(40);
        assertThat(c.language()).isEqualTo("de");
        assertThat(c.hiddenRoutines()).containsExactly("desk-worker");
        assertThat(c.sensor()).isEqualTo(KioskConfig.defaults().sensor());
    }

    @Test
    void metricsStepFromOffToThisPcToTheNetworkAndBackAndAnAddressFromTheFileIsOneOfTheSteps() {
        onEdt(() -> {
            section.enter();
            section.view();
            for (int i = 0; i < 3; i++) {
                AppTouch.press(section.view(), "metrics");
                section.save();
            }
        });
        assertThat(saved).extracting(c -> c.metrics().listen())
                .containsExactly(SettingsSection.METRICS_LOCAL, SettingsSection.METRICS_NETWORK, null);
        saved.add(KioskConfig.defaults().withMetrics(new com.rollkiosk.config.MetricsSettings("10.0.0.7:9100")));
        List<String> steps = new ArrayList<>();
        onEdt(() -> {
            section.enter();
            section.view();
            for (int i = 0; i < 4; i++) {
                AppTouch.press(section.view(), "metrics");
                steps.add(section.draft().metrics);
            }
        });
        assertThat(steps).containsExactly(null, SettingsSection.METRICS_LOCAL, SettingsSection.METRICS_NETWORK, "10.0.0.7:9100");
    }

    @Test
    void aStrongHoldThatIsNotTheShorterOneIsNotSaved() {
        onEdt(() -> {
            section.enter();
            section.view();
            section.draft().maximal = 90;
            section.save();
        });
        assertThat(saved).isEmpty();
    }

    @Test
    void aSettingsFileRefusedAtStartIsNamedWithWhy() throws Exception {
        refused = List.of("config/kiosk.json:3:22: hold.maximalSeconds: must be between 5 and 600, was 900");
        javax.swing.JComponent view = Edt.call(() -> {
            section.enter();
            return section.view();
        });
        List<String> texts = Edt.call(() -> texts(view));
        assertThat(texts).contains(refused.get(0))
                .contains(com.rollkiosk.content.Guide.fill(Fixture.CONTENT.staff().settings().refused(), "file", "kiosk.json"));
    }

    private static List<String> texts(java.awt.Component c) {
        List<String> out = new ArrayList<>();
        if (c instanceof WrapText w) {
            out.add(w.getText());
        }
        if (c instanceof java.awt.Container k) {
            for (java.awt.Component child : k.getComponents()) {
                out.addAll(texts(child));
            }
        }
        return out;
    }

    private final List<Runnable> background = new ArrayList<>();
    private final List<Runnable> edt = new ArrayList<>();
    private final List<KioskConfig> inForce = new ArrayList<>();
    private final StaffSettings slowFile = new StaffSettings() {
        @Override
        public KioskConfig current() {
            return file.current();
        }

        @Override
        public String file() {
            return file.file();
        }

        @Override
        public String inUse() {
            return file.inUse();
        }

        @Override
        public List<String> refused() {
            return file.refused();
        }

        @Override
        public Optional<String> save(KioskConfig next) {
            assertThat(javax.swing.SwingUtilities.isEventDispatchThread()).as("saved off the event thread").isFalse();
            return file.save(next);
        }

        @Override
        public void saved(KioskConfig next) {
            inForce.add(next);
        }
    };
    private final SettingsSection slow = new SettingsSection(fixture.kiosk(), () -> widgets, slowFile, background::add,
            edt::add);
    private final com.rollkiosk.content.Staff.Settings words = Fixture.CONTENT.staff().settings();

    private String said() {
        return Edt.unchecked(() -> {
            List<String> texts = texts(slow.view());
            return texts.isEmpty() ? "" : texts.get(0);
        });
    }

    private void press(String name) {
        onEdt(() -> ((javax.swing.AbstractButton) find(slow.view(), name)).doClick());
    }

    private static java.awt.Component find(java.awt.Component c, String name) {
        if (name.equals(c.getName())) {
            return c;
        }
        if (c instanceof java.awt.Container k) {
            for (java.awt.Component child : k.getComponents()) {
                java.awt.Component found = find(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void aSaveSaysSavingThenSavedAndPutsTheSettingsInForceOnlyAfterTheFileIsWritten() {
        onEdt(() -> {
            slow.enter();
            slow.view();
        });
        press("strong:more");
        press(SettingsSection.SAVE);
        assertThat(said()).isEqualTo(words.saving());
        assertThat(Edt.unchecked(() -> find(slow.view(), SettingsSection.SAVE).isEnabled())).isFalse();
        assertThat(saved).isEmpty();

        background.remove(0).run();
        assertThat(saved).hasSize(1);
        assertThat(inForce).as("in force only back on the event thread").isEmpty();
        onEdt(() -> edt.remove(0).run());
        assertThat(inForce).hasSize(1);
        assertThat(said()).isEqualTo(words.saved());
        assertThat(Edt.unchecked(() -> find(slow.view(), SettingsSection.SAVE).isEnabled())).isTrue();
    }

    @Test
    void anEditAfterASaveClearsSavedAlsoAnInvalidOne() {
        onEdt(() -> {
            slow.enter();
            slow.view();
        });
        press(SettingsSection.SAVE);
        background.remove(0).run();
        onEdt(() -> edt.remove(0).run());
        assertThat(said()).isEqualTo(words.saved());

        press("idle:more");
        assertThat(said()).as("an unsaved edit").doesNotContain(words.saved()).isNotEqualTo(words.saved());
        for (int i = 0; i < 20; i++) {
            press("strong:more");
        }
        assertThat(texts(Edt.unchecked(slow::view))).as("an invalid edit").doesNotContain(words.saved());
    }

    @Test
    void anEditWhileSavingMeansTheAnswerDoesNotSaySaved() {
        onEdt(() -> {
            slow.enter();
            slow.view();
        });
        press(SettingsSection.SAVE);
        press("card:more");
        background.remove(0).run();
        onEdt(() -> edt.remove(0).run());
        assertThat(inForce).as("what was saved is in force all the same").hasSize(1);
        assertThat(texts(Edt.unchecked(slow::view))).doesNotContain(words.saved(), words.saving());
    }

    @Test
    void leavingDropsAnUnsavedDraft() {
        onEdt(() -> {
            section.enter();
            section.view();
            section.draft().maximal = 50;
            section.leave();
            section.enter();
        });
        assertThat(section.draft().maximal).isEqualTo(30);
    }
}
