package com.rollkiosk.app;

import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options several commands share, as picocli mixins, so each is spelled and explained once:
 * a command takes one with {@code @Mixin StaffOptions.Config config;}.
 */
final class StaffOptions {

    private StaffOptions() {
    }

    static final class Config {
        @Option(names = "--config", paramLabel = "FILE",
                description = "the settings (default: config/kiosk.json beside the jar, else the built-in copy)")
        private String file;

        Config() {
        }

        /** Given as if on the command line; null for not given. */
        Config(String file) {
            this.file = file;
        }

        Optional<String> file() {
            return Optional.ofNullable(file);
        }
    }

    static final class Content {
        @Option(names = "--content", paramLabel = "DIR",
                description = "what a runner reads (default: content beside the jar, else the built-in copy)")
        private String dir;

        Content() {
        }

        /** Given as if on the command line; null for not given. */
        Content(String dir) {
            this.dir = dir;
        }

        Optional<String> dir() {
            return Optional.ofNullable(dir);
        }
    }

    static final class Data {
        @Option(names = "--data", paramLabel = "DIR", description = "where the logs and the roller's calibration go (default: ~/.rollkiosk)")
        private String dir;

        Data() {
        }

        /** Given as if on the command line; null for not given. */
        Data(String dir) {
            this.dir = dir;
        }

        Optional<String> dir() {
            return Optional.ofNullable(dir);
        }
    }

    static final class Sensor {
        @Option(names = "--sensor", paramLabel = "SPEC",
                description = "serial:PORT, auto, auto-or-sim, sim, replay:FILE or none (default: sensor.port from the config)")
        private String spec;

        Sensor() {
        }

        /** Given as if on the command line; null for not given. */
        Sensor(String spec) {
            this.spec = spec;
        }

        Optional<String> spec() {
            return Optional.ofNullable(spec);
        }
    }
}
