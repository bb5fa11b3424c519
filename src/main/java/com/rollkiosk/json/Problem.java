package com.rollkiosk.json;

/**
 * One thing wrong with a file, located so a person can open the file and fix it:
 * {@code config/kiosk.json:12:19: sensor.debounceOnMs: must be between 0 and 2000, was -5}.
 */
public record Problem(String file, int line, int column, String field, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + field + ": " + message;
    }
}
