package com.rollkiosk.config;

/**
 * Everything staff can set, loaded from {@code config/kiosk.json}. Every field has a default, so a
 * file that leaves a section out still starts a working kiosk; {@link ConfigLoader} checks ranges.
 */
public record KioskConfig(HoldSettings hold, AttractSettings attract, SensorSettings sensor,
                          SoundSettings sound, DisplaySettings display, String language) {

    public KioskConfig {
        hold = hold == null ? HoldSettings.defaults() : hold;
        attract = attract == null ? AttractSettings.defaults() : attract;
        sensor = sensor == null ? SensorSettings.defaults() : sensor;
        sound = sound == null ? SoundSettings.defaults() : sound;
        display = display == null ? DisplaySettings.defaults() : display;
        language = language == null ? "en" : language;
    }

    public static KioskConfig defaults() {
        return new KioskConfig(null, null, null, null, null, null);
    }
}
