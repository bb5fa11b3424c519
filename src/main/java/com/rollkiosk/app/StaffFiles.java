package com.rollkiosk.app;

import com.rollkiosk.config.ConfigLoader;
import com.rollkiosk.config.KioskConfig;
import com.rollkiosk.content.ContentLoader;
import com.rollkiosk.content.Languages;
import com.rollkiosk.json.InvalidFilesException;
import com.rollkiosk.json.Problem;
import com.rollkiosk.json.Problems;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Where the commands find the files staff edit, relative to the folder they run in, and how they are read. */
final class StaffFiles {

    static final String DEFAULT_CONFIG = "config/kiosk.json";
    static final String DEFAULT_CONTENT = "content";

    /** The settings and the words, checked together. */
    record Loaded(KioskConfig config, Languages content) {
    }

    private StaffFiles() {
    }

    /**
     * The named config; without a name, the default file when it exists, else the defaults.
     * A file that exists is always checked: a broken one is refused, never skipped.
     */
    static KioskConfig config(Optional<String> named) throws InvalidFilesException {
        Optional<Path> file = configFile(named);
        return file.isPresent() ? ConfigLoader.load(file.get()) : KioskConfig.defaults();
    }

    /** The config file to read: the named one, else the default one when it exists; empty means the defaults. */
    static Optional<Path> configFile(Optional<String> named) {
        if (named.isPresent()) {
            return Optional.of(Path.of(named.get()));
        }
        Path fallback = Path.of(DEFAULT_CONFIG);
        return Files.exists(fallback) ? Optional.of(fallback) : Optional.empty();
    }

    /** Prints every problem as {@code check} does, one a line, then their count; returns the exit code, 2. */
    static int report(List<Problem> problems, String command, PrintStream out, PrintStream err) {
        for (Problem p : problems) {
            out.println(p);
        }
        err.println(command + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + " found");
        return 2;
    }

    /** Config and content, or every problem in both, as {@code check} prints them. */
    static Loaded load(Optional<Path> configFile, Path contentDir) throws InvalidFilesException {
        Problems problems = new Problems();
        Optional<Loaded> loaded = check(configFile, contentDir, problems);
        problems.throwIfAny();
        return loaded.orElseThrow();
    }

    /**
     * Adds every problem in the config and the content to {@code problems}, the config's
     * {@code language} checked against the languages the content has; both when there were none.
     *
     * @param configFile empty for the defaults
     */
    static Optional<Loaded> check(Optional<Path> configFile, Path contentDir, Problems problems) {
        int before = problems.size();
        List<String> languages = ContentLoader.languages(contentDir);
        Optional<KioskConfig> config = configFile.isPresent()
                ? ConfigLoader.check(configFile.get(), languages, problems) : Optional.of(KioskConfig.defaults());
        Optional<Languages> content = ContentLoader.check(contentDir,
                config.map(KioskConfig::language).orElse(null), problems);
        if (problems.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new Loaded(config.orElseThrow(), content.orElseThrow()));
    }
}
