package com.rollkiosk.content;

import com.rollkiosk.json.Problems;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a tree of content records for what every text needs: present, not empty, no longer than
 * its place allows, and using exactly the placeholders it must ({@link Words}). Walking the records
 * means a field added to a record is checked in every language without a rule written for it.
 */
final class TextRules {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private TextRules() {
    }

    /** Checks every component of {@code record}, recursively, reporting under {@code path}. */
    static void check(Problems.In in, String path, Record record) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            String at = path.isEmpty() ? component.getName() : path + "." + component.getName();
            value(in, at, read(component, record), component.getAnnotation(Words.class));
        }
    }

    private static void value(Problems.In in, String at, Object value, Words rule) {
        if (!in.required(at, value)) {
            return;
        }
        if (value instanceof String text) {
            text(in, at, text, rule);
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                in.report(at, "must have at least one line");
            }
            for (int i = 0; i < list.size(); i++) {
                value(in, at + "[" + i + "]", list.get(i), rule);
            }
        } else if (value instanceof Record nested) {
            check(in, at, nested);
        }
    }

    static void text(Problems.In in, String at, String text, Words rule) {
        if (text.isBlank()) {
            in.report(at, "must not be empty");
            return;
        }
        if (rule == null) {
            return;
        }
        if (rule.max() > 0 && text.length() > rule.max()) {
            in.report(at, "must be at most " + rule.max() + " characters to fit the screen, was " + text.length());
        }
        List<String> needs = Arrays.asList(rule.needs());
        for (String name : needs) {
            if (!text.contains("{" + name + "}")) {
                in.report(at, "must contain {" + name + "}, which the kiosk fills in");
            }
        }
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!needs.contains(m.group(1))) {
                in.report(at, "has {" + m.group(1) + "}, which the kiosk cannot fill in here"
                        + (needs.isEmpty() ? "" : "; it fills in " + String.join(", ", needs.stream()
                        .map(n -> "{" + n + "}").toList())));
            }
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
