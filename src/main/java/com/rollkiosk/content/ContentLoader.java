package com.rollkiosk.content;

import com.rollkiosk.json.InvalidFilesException;
import com.rollkiosk.json.Problem;
import com.rollkiosk.json.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the content folder: one folder per language, named by its code ({@code content/en},
 * {@code content/de}), each with the same files, and the drawings shared in
 * {@code content/illustrations}. Adding a language means adding a folder. Every language is
 * checked in full and against the default one, so the kiosk never starts half-translated.
 */
public final class ContentLoader {

    public static final String REGIONS = "regions.json";
    public static final String CONTRAINDICATIONS = "contraindications.json";
    public static final String ROUTINES = "routines.json";
    public static final String GUIDE = "guide.json";
    public static final String STAFF = "staff.json";
    public static final String CONSOLE = "console.json";
    /** The one folder in the content folder that is not a language. */
    public static final String ILLUSTRATIONS = "illustrations";

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[a-z]{2})?");

    private ContentLoader() {
    }

    /** @param preferred the language to put first, when the folder has it (the config's {@code language}) */
    public static Languages load(Path directory, String preferred) throws InvalidFilesException {
        Problems problems = new Problems();
        Optional<Languages> languages = check(directory, preferred, problems);
        problems.throwIfAny();
        return languages.orElseThrow();
    }

    /** Adds every problem found to {@code problems}; the content in every language when there were none. */
    public static Optional<Languages> check(Path directory, String preferred, Problems problems) {
        int before = problems.size();
        List<String> codes = languages(directory, problems);
        List<LanguageFiles.Checked> checked = new ArrayList<>();
        for (String code : codes) {
            LanguageFiles.check(directory, code, problems).ifPresent(checked::add);
        }
        if (problems.size() != before) {
            return Optional.empty();
        }
        List<LanguageFiles.Checked> ordered = new ArrayList<>(checked);
        ordered.sort((a, b) -> Boolean.compare(!a.content().language().equals(preferred),
                !b.content().language().equals(preferred)));
        SameInEveryLanguage.check(ordered.get(0), ordered.subList(1, ordered.size()), problems);
        if (problems.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new Languages(directory, ordered.stream().map(LanguageFiles.Checked::content).toList()));
    }

    /** The codes of the language folders in the content folder, sorted; none when it cannot be read. */
    public static List<String> languages(Path directory) {
        return languages(directory, new Problems());
    }

    private static List<String> languages(Path directory, Problems problems) {
        String folder = directory.toString();
        if (!Files.isDirectory(directory)) {
            problems.add(new Problem(folder, 1, 1, "(folder)", "not found; the content folder holds one folder per"
                    + " language, e.g. " + directory.resolve("en")));
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        try (Stream<Path> children = Files.list(directory)) {
            for (Path child : children.filter(Files::isDirectory).sorted().toList()) {
                String name = child.getFileName().toString();
                if (LANGUAGE.matcher(name).matches()) {
                    codes.add(name);
                } else if (!name.equals(ILLUSTRATIONS)) {
                    problems.add(new Problem(child.toString(), 1, 1, "(folder)", "not a language code; a language's"
                            + " folder is named by its code, e.g. en, de, fr"));
                }
            }
        } catch (IOException e) {
            problems.add(new Problem(folder, 1, 1, "(folder)", "cannot read: " + e.getMessage()));
            return List.of();
        }
        if (codes.isEmpty()) {
            problems.add(new Problem(folder, 1, 1, "(folder)", "no language folder; each language has its own,"
                    + " named by its code, e.g. " + directory.resolve("en")));
        }
        return codes;
    }
}
