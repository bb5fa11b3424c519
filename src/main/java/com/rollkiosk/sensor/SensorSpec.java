package com.rollkiosk.sensor;

import com.rollkiosk.config.SensorSettings;

/**
 * Where readings come from, as named on the command line ({@code --sensor}) or in config
 * ({@code sensor.port}).
 *
 * @param kind     which source
 * @param argument the port for SERIAL, the file for REPLAY, empty otherwise
 */
public record SensorSpec(Kind kind, String argument) {

    public enum Kind {
        /** {@code serial:PORT}: that device. */
        SERIAL,
        /** {@code auto}: the port that looks like an Arduino or says hello; keeps looking. */
        AUTO,
        /** {@code auto-or-sim}: auto, but a desk with no roller plugged in gets the simulation. */
        AUTO_OR_SIM,
        /** {@code sim}: a simulated person. */
        SIM,
        /** {@code replay:FILE}: a recording of {@code t_ms,value} lines. */
        REPLAY,
        /** {@code none}: touch only. */
        NONE
    }

    public static final String FORMS = "serial:PORT, auto, auto-or-sim, sim, replay:FILE or none";

    /** @throws IllegalArgumentException with a one-line message naming the accepted forms */
    public static SensorSpec parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.startsWith("serial:") && t.length() > "serial:".length()) {
            return new SensorSpec(Kind.SERIAL, t.substring("serial:".length()));
        }
        if (t.startsWith("replay:") && t.length() > "replay:".length()) {
            return new SensorSpec(Kind.REPLAY, t.substring("replay:".length()));
        }
        return switch (t) {
            case "auto" -> new SensorSpec(Kind.AUTO, "");
            case "auto-or-sim" -> new SensorSpec(Kind.AUTO_OR_SIM, "");
            case "sim" -> new SensorSpec(Kind.SIM, "");
            case "none" -> new SensorSpec(Kind.NONE, "");
            default -> throw new IllegalArgumentException(
                    "unknown sensor '" + t + "': expected " + FORMS);
        };
    }

    /** Config names a port plainly: {@code auto}, {@code none}, or a device path. */
    public static SensorSpec fromSettings(SensorSettings settings) {
        return switch (settings.port()) {
            case SensorSettings.AUTO -> new SensorSpec(Kind.AUTO, "");
            case SensorSettings.NONE -> new SensorSpec(Kind.NONE, "");
            default -> new SensorSpec(Kind.SERIAL, settings.port());
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case SERIAL -> "serial:" + argument;
            case REPLAY -> "replay:" + argument;
            case AUTO_OR_SIM -> "auto-or-sim";
            default -> kind.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
