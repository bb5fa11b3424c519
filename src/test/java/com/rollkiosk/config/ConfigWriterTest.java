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

    private KioskConfig roundTrip(KioskConfig config) throws Exception {
        Path file = Files.write(dir.resolve("kiosk.json"), ConfigWriter.toJson(config));
        return ConfigLoader.load(file);
    }

    @Test
    void theDefaultsRoundTrip() throws Exception {
        assertThat(roundTrip(KioskConfig.defaults())).isEqualTo(KioskConfig.defaults());
    }

    @Test
    void everySectionChangedRoundTrips() throws Exception {
        KioskConfig changed = new KioskConfig(
                new HoldSettings(45, 120, 3, 8, 7),
                new AttractSettings(90, 12, 15),
                new SensorSettings("/dev/ttyACM1", 57600, -1200L, 350L, 200L, 100, 900, 2000, 500, 20_000),
                new SoundSettings(false, 35),
                new DisplaySettings(1, 10),
                "en");
        assertThat(roundTrip(changed)).isEqualTo(changed);
    }
}
