package com.rollkiosk.app;

import com.rollkiosk.ui.KioskUi;
import com.rollkiosk.ui.SensorState;
import com.rollkiosk.ui.SimToggle;
import com.rollkiosk.ui.Theme;
import com.rollkiosk.ui.UiExecutor;

/**
 * Connects the roller sensor named by {@code --sensor SPEC} to the screens. Sensor threads never
 * touch the UI: every contact change and status goes through the executor to the event thread.
 *
 * <p>SEAM(sensor): the sensor branch's sources (serial, auto, replay, live simulation) are not in
 * this branch yet. Until they are, {@code sim} and {@code auto-or-sim} use an on-screen toggle
 * that stands in for a person on the roller, and every other spec runs in touch mode.
 */
final class SensorLink {

    private static final System.Logger LOG = System.getLogger(SensorLink.class.getName());

    private SensorLink() {
    }

    /** Call on the event thread once the screens exist. */
    static void connect(String spec, KioskUi ui, UiExecutor executor) {
        if (spec.equals("sim") || spec.equals("auto-or-sim")) {
            ui.sensorState(SensorState.CONNECTED);
            Theme theme = Theme.forSize(ui.root().getWidth(), ui.root().getHeight());
            SimToggle toggle = new SimToggle(theme, on -> executor.execute(() -> ui.pressure(on)));
            ui.setCornerControl(toggle);
            bindSpaceBar(ui, toggle);
            return;
        }
        if (!spec.equals("none")) {
            LOG.log(System.Logger.Level.INFO, "sensor " + spec + ": no sensor source in this build yet; touch mode");
        }
        ui.sensorState(SensorState.NONE);
    }

    /** Space toggles the simulated roller, so a developer can drive a hold from the keyboard. */
    private static void bindSpaceBar(KioskUi ui, SimToggle toggle) {
        var root = ui.root();
        root.getInputMap(javax.swing.JComponent.WHEN_IN_FOCUSED_WINDOW)
                .put(javax.swing.KeyStroke.getKeyStroke("released SPACE"), "kiosk.sim");
        root.getActionMap().put("kiosk.sim", new javax.swing.AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                toggle.doClick(0);
            }
        });
    }
}
