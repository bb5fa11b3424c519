package com.rollkiosk.config;

/**
 * @param screen             which monitor the kiosk fills, 0 for the primary
 * @param cursorHideSeconds  the pointer disappears after this long without movement
 */
public record DisplaySettings(Integer screen, Integer cursorHideSeconds) {

    public DisplaySettings {
        screen = screen == null ? 0 : screen;
        cursorHideSeconds = cursorHideSeconds == null ? 3 : cursorHideSeconds;
    }

    public static DisplaySettings defaults() {
        return new DisplaySettings(null, null);
    }
}
