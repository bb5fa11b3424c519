package com.rollkiosk.sensor;

import com.rollkiosk.config.SensorSettings;
import com.rollkiosk.domain.Clock;
import java.util.List;

/** The field suite's way to {@code auto}: a serial source that chooses among the ports it is given. */
public final class FieldPorts {

    private FieldPorts() {
    }

    /** {@code auto} over {@code ports} instead of the system's, with the shipped startup grace. */
    public static SerialSource auto(List<PortCandidate> ports, SensorSettings settings, Clock clock) {
        return new SerialSource(SensorSettings.AUTO, settings, clock, SerialSource.DEFAULT_STARTUP_GRACE_MS, () -> ports);
    }
}
