package com.rollkiosk.config;

import java.util.List;

/**
 * Everything staff can set, loaded from {@code config/kiosk.json}. Every field has a default, so a
 * file that leaves a section out still starts a working kiosk; {@link ConfigLoader} checks ranges.
 *
 * @param hiddenRoutines ids of the content's routines the routine screen leaves out
 * @param metrics        the Prometheus endpoint, off by default
 */
public record KioskConfig(HoldSettings hold, AttractSettings attract, SensorSettings sensor,
                          SoundSettings sound, DisplaySettings display, String language,
                          List<String> hiddenRoutines, MetricsSettings metrics) {

    public KioskConfig {
        hold = hold == null ? HoldSettings.defaults() : hold;
        attract = attract == null ? AttractSettings.defaults() : attract;
        sensor = sensor == null ? SensorSettings.defaults() : sensor;
        sound = sound == null ? SoundSettings.defaults() : sound;
        display = display == null ? DisplaySettings.defaults() : display;
        language = language == null ? "en" : language;
        // Routines are hidden rather than shown by id, so one a gym adds to the content shows at once.
        hiddenRoutines = hiddenRoutines == null ? List.of() : List.copyOf(hiddenRoutines);
        metrics = metrics == null ? MetricsSettings.defaults() : metrics;
    }

    /** Without a metrics section: the endpoint off. */
    public KioskConfig(HoldSettings hold, AttractSettings attract, SensorSettings sensor, SoundSettings sound,
                       DisplaySettings display, String language, List<String> hiddenRoutines) {
        this(hold, attract, sensor, sound, display, language, hiddenRoutines, null);
    }

    public KioskConfig with(HoldSettings h, AttractSettings a, SoundSettings s, String lang, List<String> hidden) {
        return new KioskConfig(h, a, sensor, s, display, lang, hidden, metrics);
    }

    public KioskConfig withMetrics(MetricsSettings m) {
        return new KioskConfig(hold, attract, sensor, sound, display, language, hiddenRoutines, m);
    }

    public static KioskConfig defaults() {
        return new KioskConfig(null, null, null, null, null, null, null, null);
    }
}

