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

    /**
     * The language a command's words are printed in: {@code --lang}, else the settings' own
     * {@code language}; read from the content beside the jar, else the built-in copy.
     */
    static final class Lang {
        @Option(names = "--lang", paramLabel = "CODE",
                description = "the language of the command's words, e.g. de (default: language in the settings)")
        private String code;

        Lang() {
        }

        /** Given as if on the command line; null for not given. */
        Lang(String code) {
            this.code = code;
        }

        /**
         * The console words in the language asked for. A content folder or settings file that
         * cannot be read falls back to the built-in copy and its language, so a command can
         * always say what went wrong.
         */
        com.rollkiosk.content.ConsoleWords words(Optional<String> config) {
            return content(config).console();
        }

        /** All the words in the language asked for, as {@link #words} finds them. */
        com.rollkiosk.content.Content content(Optional<String> config) {
            StaffFiles files = StaffFiles.besideTheJar();
            String language = code;
            if (language == null) {
                try {
                    language = files.loadConfig(config).language();
                } catch (com.rollkiosk.json.InvalidFilesException | RuntimeException e) {
                    language = null;
                }
            }
            com.rollkiosk.content.Languages content;
            try {
                content = com.rollkiosk.content.ContentLoader.load(files.content(Optional.empty()).path(), language);
            } catch (com.rollkiosk.json.InvalidFilesException | RuntimeException e) {
                content = builtIn(language);
            }
            String asked = language;
            return content.content(asked == null ? content.first().language() : asked).orElse(content.first());
        }

        private static com.rollkiosk.content.Languages builtIn(String language) {
            try {
                return com.rollkiosk.content.ContentLoader.load(StaffFiles.builtIn(StaffFiles.CONTENT), language);
            } catch (com.rollkiosk.json.InvalidFilesException e) {
                throw new IllegalStateException("the built-in content is checked by the build", e);
            }
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
