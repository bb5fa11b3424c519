package com.rollkiosk.app;

import com.rollkiosk.domain.SensorStatus;
import com.rollkiosk.domain.Screen;
import com.rollkiosk.ui.Edt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.AbstractButton;
import java.awt.Component;
import java.awt.Container;
import java.nio.file.Path;
import java.util.concurrent.Callable;

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
            waitFor(() -> app.ui() != null && app.ui().showing() == Screen.ATTRACT
                    && find(app.ui().root(), "sim-roller") != null);
            waitFor(() -> app.ui().root().getComponentCount() > 0 && app.flow().isSensorConnected()
                    && !app.sensor().tracker().state().learning());
            onEdt(() -> {
                find(app.ui().root(), "sim-roller").doClick(0);
                return null;
            });
            waitFor(() -> app.flow().screen() == Screen.CONTRAINDICATIONS);
            assertThat(onEdt(() -> app.ui().showing())).isEqualTo(Screen.CONTRAINDICATIONS);
        } finally {
            app.close();
        }
    }

    private static AbstractButton find(Component c, String name) {
        if (c instanceof AbstractButton b && name.equals(b.getName())) {
            return b;
        }
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                AbstractButton found = find(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static <T> T onEdt(Callable<T> work) throws Exception {
        return Edt.call(work);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!onEdt(condition)) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            // Yields to the sensor thread and the event queue without sleeping.
            Thread.onSpinWait();
        }
    }
}
