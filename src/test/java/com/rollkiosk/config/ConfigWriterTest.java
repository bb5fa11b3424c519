package com.rollkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What staff mode saves reads back as the same settings. */
class ConfigWriterTest {

    @TempDir
    Path dir;

    private KioskConfig load(String json) throws Exception {
        return ConfigLoader.load(Files.writeString(dir.resolve("given.json"), json));
    }

    private KioskConfig roundTrip(KioskConfig config) throws Exception {
        Path file = Files.write(dir.resolve("kiosk.json"), ConfigWriter.toJson(config));
        return ConfigLoader.load(file);
    }

    @Test
    void theDefaultsRoundTrip() throws Exception {
        assertThat(roundTrip(KioskConfig.defaults())).isEqualTo(KioskConfig.defaults());
    }

    /** Built from JSON rather than constructors, so a field added to a section changes nothing here. */
    @Test
    void everySectionChangedRoundTrips() throws Exception {
        KioskConfig changed = load("""
                { "hold": { "maximalSeconds": 45, "switchSideSeconds": 7 },
                  "attract": { "cardPeriodSeconds": 12 },
                  "sensor": { "port": "/dev/ttyACM1", "baud": 57600, "baseline": -1200 },
                  "sound": { "enabled": false, "volume": 35 },
                  "display": { "screen": 1 },
                  "language": "en" }
                """);
        assertThat(changed).isNotEqualTo(KioskConfig.defaults());
        assertThat(roundTrip(changed)).isEqualTo(changed);
    }

    @Test
    void aSaveWritesNoNullFields() {
        String saved = new String(ConfigWriter.toJson(KioskConfig.defaults()), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(saved).doesNotContain("null").contains("\"port\"", "\"maximalSeconds\"");
    }
}
