package com.rollkiosk.app;

import com.rollkiosk.domain.SensorStatus;
import com.rollkiosk.domain.Screen;
import com.rollkiosk.ui.Edt;
import com.rollkiosk.ui.StaffSection;
import com.rollkiosk.ui.WrapText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Component;
import java.awt.Container;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wired kiosk with the simulated roller: its toggle reaches the flow through the sensor thread,
 * and staff mode's calibration and diagnostics read it and the data folder.
 */
class SimulatedSensorKioskTest {

    @TempDir
    Path data;

    @Test
    void theSimulatedRollerShowsAsConnectedAndAPressInvitesThePersonIn() throws Exception {
        KioskApp app = KioskApp.launch(new KioskCommand()
                .settings(new String[] {"--windowed", "--sensor", "sim", "--data", data.toString()}));
        try {
            AppWindow.waitFor(() -> app.ui() != null && app.ui().showing() == Screen.ATTRACT
                    && AppWindow.find(app.ui().root(), "sim-roller") != null);
            AppWindow.waitFor(() -> app.ui().root().getComponentCount() > 0 && app.flow().isSensorConnected()
                    && !app.sensor().tracker().state().learning());
            AppWindow.onEdt(() -> {
                AppWindow.find(app.ui().root(), "sim-roller").doClick(0);
                return null;
            });
            AppWindow.waitFor(() -> app.flow().screen() == Screen.CONTRAINDICATIONS);
            assertThat(AppWindow.onEdt(() -> app.ui().showing())).isEqualTo(Screen.CONTRAINDICATIONS);
        } finally {
            app.close();
        }
    }

    @Test
    void calibrationThenDiagnosticsReadTheRunningSimulatedRoller() throws Exception {
        KioskApp app = KioskApp.launch(new KioskCommand()
                .settings(new String[] {"--windowed", "--sensor", "sim", "--data", data.toString()}));
        try {
            AppWindow.waitFor(() -> app.staffSections().size() == 2 && app.flow().isSensorConnected());
            StaffSection calibration = app.staffSections().get(0);
            StaffSection diagnostics = app.staffSections().get(1);
            assertThat(calibration.key()).isEqualTo("calibration");
            assertThat(diagnostics.key()).isEqualTo("diagnostics");

            Edt.call(() -> {
                calibration.enter();
                return null;
            });
            assertThat(Edt.call(() -> component(calibration.view(), "calibration-primary"))).as("something to measure").isNotNull();
            Edt.call(() -> {
                calibration.leave();
                diagnostics.enter();
                return null;
            });
            assertThat(text(diagnostics, "diagnostics-port")).isEqualTo("sim");
            assertThat(text(diagnostics, "diagnostics-data")).startsWith(data.toString());
            assertThat(text(diagnostics, "diagnostics-logging")).isNotEmpty();
        } finally {
            app.close();
        }
    }

    private static String text(StaffSection section, String name) throws Exception {
        return Edt.call(() -> ((WrapText) component(section.view(), name)).getText());
    }

    private static Component component(Component c, String name) {
        if (name.equals(c.getName())) {
            return c;
        }
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                Component found = component(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
