package com.rollkiosk.config;

/** @param volume 0 to 100 percent */
public record SoundSettings(Boolean enabled, Integer volume) {

    public SoundSettings {
        enabled = enabled == null ? Boolean.TRUE : enabled;
        volume = volume == null ? 80 : volume;
    }

    public static SoundSettings defaults() {
        return new SoundSettings(null, null);
    }
}
