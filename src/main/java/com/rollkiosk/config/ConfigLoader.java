package com.rollkiosk.config;

import com.rollkiosk.json.InvalidFilesException;
import com.rollkiosk.json.JsonFiles;
import com.rollkiosk.json.Problems;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads {@code config/kiosk.json} and checks every value against the range a working kiosk
 * needs. A field left out takes its default; a field present but wrong is refused, because a
 * typo that silently fell back to a default would be worse than a clear message.
 */
public final class ConfigLoader {

    private static final Pattern ROUTINE_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[a-z]{2})?");

    private ConfigLoader() {
    }

    public static KioskConfig load(Path file) throws InvalidFilesException {
        return load(file, List.of());
    }

    /** @param languages the languages the content has; {@code language} must be one of them (none: not checked) */
    public static KioskConfig load(Path file, List<String> languages) throws InvalidFilesException {
        Problems problems = new Problems();
        Optional<KioskConfig> config = check(file, languages, problems);
        problems.throwIfAny();
        return config.orElseThrow();
    }

    /**
     * Adds every problem found to {@code problems}; the config when there were none.
     *
     * @param languages the languages the content has; {@code language} must be one of them (none: not checked)
     */
    public static Optional<KioskConfig> check(Path file, List<String> languages, Problems problems) {
        int before = problems.size();
        Optional<JsonFiles.Parsed<KioskConfig>> parsed = JsonFiles.read(file, KioskConfig.class, problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        KioskConfig c = parsed.get().value();
        Problems.In in = problems.in(file.toString(), parsed.get().locations());

        HoldSettings hold = c.hold();
        in.range("hold.maximalSeconds", hold.maximalSeconds(), 5, 600);
        in.range("hold.minimalSeconds", hold.minimalSeconds(), 5, 600);
        in.range("hold.getReadySeconds", hold.getReadySeconds(), 0, 60);
        in.range("hold.warningSeconds", hold.warningSeconds(), 0, 60);
        in.range("hold.switchSideSeconds", hold.switchSideSeconds(), 1, 120);
        if (hold.maximalSeconds() >= hold.minimalSeconds()) {
            in.report("hold.maximalSeconds", "must be shorter than hold.minimalSeconds (" + hold.minimalSeconds()
                    + "): the strong hold is the short one, was " + hold.maximalSeconds());
        }
        if (!List.of(HoldSettings.COUNT_CONTACT, HoldSettings.COUNT_STEADY).contains(hold.countOnly())) {
            in.report("hold.countOnly", "must be \"" + HoldSettings.COUNT_CONTACT + "\" or \""
                    + HoldSettings.COUNT_STEADY + "\", was \"" + hold.countOnly() + "\"");
        }

        AttractSettings attract = c.attract();
        in.range("attract.idleTimeoutSeconds", attract.idleTimeoutSeconds(), 10, 3600);
        in.range("attract.cardPeriodSeconds", attract.cardPeriodSeconds(), 2, 120);
        in.range("attract.finishedSeconds", attract.finishedSeconds(), 2, 300);

        SensorSettings s = c.sensor();
        in.text("sensor.port", s.port());
        in.range("sensor.baud", s.baud(), 300, 2_000_000);
        if (s.baseline() != null) {
            in.range("sensor.baseline", s.baseline(), (double) Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (s.onThreshold() != null) {
            in.positive("sensor.onThreshold", s.onThreshold(), Integer.MAX_VALUE);
        }
        if (s.offThreshold() != null) {
            in.positive("sensor.offThreshold", s.offThreshold(), Integer.MAX_VALUE);
        }
        if ((s.onThreshold() == null) != (s.offThreshold() == null)) {
            in.report(s.onThreshold() == null ? "sensor.offThreshold" : "sensor.onThreshold",
                    "sensor.onThreshold and sensor.offThreshold go together: set both, or neither to learn them");
        } else if (s.onThreshold() != null && s.offThreshold() >= s.onThreshold()) {
            in.report("sensor.offThreshold", "must be lower than sensor.onThreshold (" + s.onThreshold()
                    + ") so a person shifting weight does not flicker the timer, was " + s.offThreshold());
        }
        in.range("sensor.debounceOnMs", s.debounceOnMs(), 0, 2000);
        in.range("sensor.debounceOffMs", s.debounceOffMs(), 0, 5000);
        in.range("sensor.silenceTimeoutMs", s.silenceTimeoutMs(), 100, 60_000);
        in.range("sensor.reconnectMinMs", s.reconnectMinMs(), 50, 60_000);
        in.range("sensor.reconnectMaxMs", s.reconnectMaxMs(), s.reconnectMinMs(), 600_000);
        in.range("sensor.field", s.field(), 1, SensorSettings.MAX_FIELD);

        in.range("sound.volume", c.sound().volume(), 0, 100);
        in.range("display.screen", c.display().screen(), 0, 15);
        in.range("display.cursorHideSeconds", c.display().cursorHideSeconds(), 1, 600);
        if (!LANGUAGE.matcher(c.language()).matches()) {
            in.report("language", "must be a language code such as en or de, was \"" + c.language() + "\"");
        } else if (!languages.isEmpty() && !languages.contains(c.language())) {
            in.report("language", "no content for \"" + c.language() + "\"; the content folder has "
                    + String.join(", ", languages));
        }
        for (int i = 0; i < c.hiddenRoutines().size(); i++) {
            String id = c.hiddenRoutines().get(i);
            if (id == null || !ROUTINE_ID.matcher(id).matches()) {
                in.report("hiddenRoutines[" + i + "]", "must list routine ids such as \"full-body\", was \"" + id + "\"");
            }
        }
        return problems.size() == before ? Optional.of(c) : Optional.empty();
    }

    /**
     * Adds a problem for each of {@code hiddenRoutines} that names no routine of the content, at
     * that id's place in the file: an id with a typo would otherwise hide nothing, silently.
     * Checked once the file and the content are known to be sound, so the file is read again
     * here for its places.
     */
    public static void checkHiddenRoutines(Path file, Collection<String> routineIds, Problems problems) {
        Optional<JsonFiles.Parsed<KioskConfig>> parsed = JsonFiles.read(file, KioskConfig.class, problems);
        if (parsed.isEmpty()) {
            return;
        }
        Problems.In in = problems.in(file.toString(), parsed.get().locations());
        List<String> hidden = parsed.get().value().hiddenRoutines();
        for (int i = 0; i < hidden.size(); i++) {
            if (!routineIds.contains(hidden.get(i))) {
                in.report("hiddenRoutines[" + i + "]", "no routine with id \"" + hidden.get(i) + "\"; the routines are "
                        + String.join(", ", routineIds));
            }
        }
    }
}
