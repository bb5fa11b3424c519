package com.rollkiosk.json;

/**
 * One thing wrong with a file, located so a person can open the file and fix it:
 * {@code config/kiosk.json:12:19: sensor.debounceOnMs: must be between 0 and 2000, was -5}.
 */
public record Problem(String file, int line, int column, String field, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + visible(field) + ": " + visible(message);
    }

    /** One problem, one line: a name or value with a newline or other control character in it shows it escaped. */
    private static String visible(String text) {
        if (text.chars().noneMatch(Character::isISOControl)) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
