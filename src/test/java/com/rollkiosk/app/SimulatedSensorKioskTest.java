package com.rollkiosk.app;

import com.rollkiosk.domain.SensorStatus;
import com.rollkiosk.domain.Screen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The wired kiosk with the simulated roller: its toggle reaches the flow through the sensor thread. */
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
}
