package com.rollkiosk.app;

import com.rollkiosk.config.SensorSettings;
import com.rollkiosk.domain.CalibrationResult;
import com.rollkiosk.domain.SensorStatus;
import com.rollkiosk.domain.Steadiness;
import com.rollkiosk.sensor.ContactListener;
import com.rollkiosk.sensor.ContactTracker;
import com.rollkiosk.sensor.LevelsMemory;
import com.rollkiosk.sensor.SensorSource;
import com.rollkiosk.sensor.SimulatedSource;
import com.rollkiosk.ui.KioskUi;
import com.rollkiosk.ui.SimToggle;
import com.rollkiosk.ui.Theme;
import com.rollkiosk.ui.UiExecutor;

import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import java.awt.event.ActionEvent;

/**
 * Connects the roller sensor to the screens. The source reads on its own thread, where the
 * tracker runs the domain's roller on every reading; each change of contact, steadiness and
 * status goes through the executor to the event thread, never straight to a component. The
 * roller's state is published by the tracker at screen rate for the gauge to read.
 * A simulated roller also gets an on-screen On / Off toggle and the space bar, for desks.
 */
final class SensorLink {

    private static final System.Logger LOG = System.getLogger(SensorLink.class.getName());

    private final SensorSource source;
    private final ContactTracker tracker;

    private SensorLink(SensorSource source, ContactTracker tracker) {
        this.source = source;
        this.tracker = tracker;
    }

    /**
     * Call on the event thread once the screens exist; {@code calibration} may be null.
     * {@code personSeen} runs on the source's thread as each person gets on: quick, never Swing.
     */
    static SensorLink start(SensorSource source, SensorSettings settings, CalibrationResult.Calibrated calibration,
                            LevelsMemory levels, KioskUi ui, UiExecutor executor, Runnable personSeen) {
        ui.sensorStatus(SensorStatus.NONE);
        if (source instanceof SimulatedSource sim) {
            addSimControl(sim, ui);
        }
        ContactTracker tracker = new ContactTracker(ContactTracker.settings(settings, calibration), new ContactListener() {
            @Override
            public void contactOn(long tNanos, double value) {
                personSeen.run();
                executor.execute(() -> ui.pressure(true));
            }

            @Override
            public void contactOff(long tNanos, double value) {
                executor.execute(() -> ui.pressure(false));
            }

            @Override
            public void steadinessChanged(long tNanos, Steadiness steadiness) {
                executor.execute(() -> ui.steadiness(steadiness));
            }

            @Override
            public void rollerMayBeBroken(String reason) {
                LOG.log(System.Logger.Level.WARNING, "the roller may be broken (" + reason
                        + "): its reading has stayed at one value for a minute while connected");
            }

            @Override
            public void statusChanged(SensorStatus status, String detail) {
                executor.execute(() -> ui.sensorStatus(status));
            }
        }, levels);
        ui.rollerState(tracker::state);
        source.start(tracker);
        return new SensorLink(source, tracker);
    }

    ContactTracker tracker() {
        return tracker;
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
        // Space toggles the simulated roller and R rolls back and forth for six seconds, so a
        // developer can drive a hold and its coaching from the keyboard.
        bindKey(ui.root(), "released SPACE", "kiosk.sim", () -> toggle.doClick(0));
        bindKey(ui.root(), "released R", "kiosk.sim.roll", () -> sim.rollBackAndForth(6_000));
    }

    private static void bindKey(JComponent root, String key, String name, Runnable action) {
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(key), name);
        root.getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }
}
