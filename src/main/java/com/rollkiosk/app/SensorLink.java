package com.rollkiosk.app;

import com.rollkiosk.config.SensorSettings;
import com.rollkiosk.sensor.ContactListener;
import com.rollkiosk.sensor.ContactTracker;
import com.rollkiosk.sensor.SensorSource;
import com.rollkiosk.sensor.SensorStatus;
import com.rollkiosk.sensor.SimulatedSource;
import com.rollkiosk.ui.KioskUi;
import com.rollkiosk.ui.SensorState;
import com.rollkiosk.ui.SimToggle;
import com.rollkiosk.ui.Theme;
import com.rollkiosk.ui.UiExecutor;

import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import java.awt.event.ActionEvent;

/**
 * Connects the roller sensor to the screens. The source reads on its own thread; every contact
 * change and status goes through the executor to the event thread, never straight to a component.
 * A simulated roller also gets an on-screen On / Off toggle and the space bar, for desks.
 */
final class SensorLink {

    private final SensorSource source;

    private SensorLink(SensorSource source) {
        this.source = source;
    }

    /** Call on the event thread once the screens exist. */
    static SensorLink start(SensorSource source, SensorSettings settings, KioskUi ui, UiExecutor executor) {
        ui.sensorState(SensorState.NONE);
        if (source instanceof SimulatedSource sim) {
            addSimControl(sim, ui);
        }
        source.start(new ContactTracker(ContactTracker.settings(settings, null), new ContactListener() {
            @Override
            public void contactOn(long tNanos, double value) {
                executor.execute(() -> ui.pressure(true));
            }

            @Override
            public void contactOff(long tNanos, double value) {
                executor.execute(() -> ui.pressure(false));
            }

            @Override
            public void statusChanged(SensorStatus status, String detail) {
                executor.execute(() -> ui.sensorState(state(status)));
            }
        }));
        return new SensorLink(source);
    }

    static SensorState state(SensorStatus status) {
        return switch (status) {
            case CONNECTED -> SensorState.CONNECTED;
            case RECONNECTING -> SensorState.RECONNECTING;
            case NONE -> SensorState.NONE;
        };
    }

    void stop() {
        source.stop();
    }

    private static void addSimControl(SimulatedSource sim, KioskUi ui) {
        Theme theme = Theme.forSize(ui.root().getWidth(), ui.root().getHeight());
        SimToggle toggle = new SimToggle(theme, ui.words().sensor(), on -> {
            if (on) {
                sim.getOn();
            } else {
                sim.getOff();
            }
        });
        ui.setCornerControl(toggle);
        // Space toggles the simulated roller, so a developer can drive a hold from the keyboard.
        JComponent root = ui.root();
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke("released SPACE"), "kiosk.sim");
        root.getActionMap().put("kiosk.sim", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                toggle.doClick(0);
            }
        });
    }
}
