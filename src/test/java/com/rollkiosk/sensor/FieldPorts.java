package com.rollkiosk.sensor;

import com.rollkiosk.config.SensorSettings;
import com.rollkiosk.domain.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * The field suite's serial sources, which say each time they open a port: opening is what resets
 * a board (DTR), whether the kiosk then reads it as the roller or only listens to it.
 */
public final class FieldPorts {

    private FieldPorts() {
    }

    /** The port staff named, with the shipped startup grace. */
    public static SerialSource fixed(String port, SensorSettings settings, Clock clock, Consumer<String> opened) {
        return new SerialSource(port, settings, clock, SerialSource.DEFAULT_STARTUP_GRACE_MS, SerialPorts::list,
                opener(opened));
    }

    /** {@code auto} over {@code ports} instead of the system's, with the shipped startup grace. */
    public static SerialSource auto(List<PortCandidate> ports, SensorSettings settings, Clock clock,
                                    Consumer<String> opened) {
        return new SerialSource(SensorSettings.AUTO, settings, clock, SerialSource.DEFAULT_STARTUP_GRACE_MS,
                () -> ports, opener(opened));
    }

    private static SerialSource.Opener opener(Consumer<String> opened) {
        return (path, baud) -> {
            var port = SerialPorts.open(path, baud);
            opened.accept(path);
            return port;
        };
    }
}
