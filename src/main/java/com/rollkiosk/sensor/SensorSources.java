package com.rollkiosk.sensor;

import com.rollkiosk.config.SensorSettings;
import com.rollkiosk.domain.Clock;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds the source a {@link SensorSpec} names. */
public final class SensorSources {

    private SensorSources() {
    }

    /**
     * @throws IllegalArgumentException with a one-line message when the spec cannot work at all
     *                                  (a replay file that does not exist); a missing serial port is
     *                                  not such a case, it may be plugged in later
     */
    public static SensorSource create(SensorSpec spec, SensorSettings settings, Clock clock) {
        return switch (spec.kind()) {
            case SERIAL -> new SerialSource(spec.argument(), settings, clock);
            case AUTO -> new SerialSource(SensorSettings.AUTO, settings, clock);
            case AUTO_OR_SIM -> arduinoPluggedIn()
                    ? new SerialSource(SensorSettings.AUTO, settings, clock)
                    : simulated(settings, clock);
            case SIM -> simulated(settings, clock);
            case REPLAY -> replay(Path.of(spec.argument()), clock);
            case NONE -> new NoSensorSource();
        };
    }

    private static SimulatedSource simulated(SensorSettings settings, Clock clock) {
        return new SimulatedSource(SimulatedRoller.forSettings(settings, clock.nanoTime()), clock);
    }

    private static ReplaySource replay(Path file, Clock clock) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("replay file not found: " + file);
        }
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("replay file not readable: " + file);
        }
        return new ReplaySource(file, clock);
    }

    /** Only the port list, no probing: a desk without a roller should get the simulation at once. */
    private static boolean arduinoPluggedIn() {
        return PortCandidate.rank(SerialPorts.list()).stream().anyMatch(PortCandidate::looksLikeArduino);
    }
}
