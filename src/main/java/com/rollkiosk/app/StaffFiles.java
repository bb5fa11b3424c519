package com.rollkiosk.app;

import com.rollkiosk.config.CalibrationFiles;
import com.rollkiosk.config.ConfigLoader;
import com.rollkiosk.config.KioskConfig;
import com.rollkiosk.config.SavedCalibration;
import com.rollkiosk.content.ContentLoader;
import com.rollkiosk.content.Languages;
import com.rollkiosk.domain.CalibrationResult;
import com.rollkiosk.json.InvalidFilesException;
import com.rollkiosk.json.Problem;
import com.rollkiosk.json.Problems;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the commands find the files staff edit when not told: installed beside the jar, else the
 * copies built into the jar. The folder they run in plays no part, so an autostart entry or a
 * service started from anywhere finds the same files.
 */
final class StaffFiles {

    static final String CONFIG = "config/kiosk.json";
    /** The origin of a file named on the command line. */
    static final String GIVEN = "given";
    static final String CONTENT = "content";
    static final String BESIDE_THE_JAR = "beside the jar";
    static final String BUILT_IN_ORIGIN = "built in";
    static final String PER_USER = "per user";
    /** Added to a data folder's origin when it cannot be made. */
    static final String CANNOT_CREATE = "cannot be created";
    /** Where the build puts copies of {@code config/} and {@code content/} inside the jar. */
    private static final String BUILT_IN = "/rollkiosk-defaults/";

    /** A file or folder in use, and how it was chosen, for the diagnostic log and staff. */
    record Found(Path path, String origin) {
        /** The path as a person reads it: a built-in copy as jar:file:/.../rollkiosk.jar!/..., which says which jar. */
        String where() {
            boolean plain = path.getFileSystem() == FileSystems.getDefault();
            return plain ? path.toString() : path.toUri().toString();
        }

        @Override
        public String toString() {
            return where() + " (" + origin + ")";
        }
    }

    /** The settings and the words, checked together. */
    record Loaded(KioskConfig config, Languages content) {
    }

    /** Config and content, or every problem in both, as {@code check} prints them. */
    static Loaded load(Path configFile, Path contentDir) throws InvalidFilesException {
        Problems problems = new Problems();
        Optional<Loaded> loaded = check(configFile, contentDir, problems);
        problems.throwIfAny();
        return loaded.orElseThrow();
    }

    /**
     * Adds every problem in the config and the content to {@code problems}, the config's
     * {@code language} checked against the languages the content has and its {@code hiddenRoutines}
     * against the routines; both when there were none.
     */
    static Optional<Loaded> check(Path configFile, Path contentDir, Problems problems) {
        int before = problems.size();
        List<String> languages = ContentLoader.languages(contentDir);
        Optional<KioskConfig> config = ConfigLoader.check(configFile, languages, problems);
        Optional<Languages> content = ContentLoader.check(contentDir,
                config.map(KioskConfig::language).orElse(null), problems);
        if (problems.size() != before) {
            return Optional.empty();
        }
        ConfigLoader.checkHiddenRoutines(configFile, content.orElseThrow().first().routines().stream()
                .map(com.rollkiosk.content.Routine::id).toList(), problems);
        if (problems.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new Loaded(config.orElseThrow(), content.orElseThrow()));
    }

    /** Prints every problem as {@code check} does, one a line, then their count; returns the exit code for bad input. */
    static int report(List<Problem> problems, String command, PrintStream out, PrintStream err) {
        for (Problem p : problems) {
            out.println(p);
        }
        err.println(command + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + " found");
        return Cli.BAD_INPUT;
    }

    /**
     * The saved calibration, if there is a good one. A broken file is reported through {@code problem},
     * one line per problem, and the roller falls back to its automatic zero.
     */
    static CalibrationResult.Calibrated calibration(Path dataDir, java.util.function.Consumer<String> problem) {
        try {
            return CalibrationFiles.load(CalibrationFiles.in(dataDir)).map(SavedCalibration::toCalibrated).orElse(null);
        } catch (InvalidFilesException e) {
            e.problems().forEach(p -> problem.accept(p + " (using the automatic zero instead)"));
            return null;
        }
    }

    /**
     * Everything a run uses, for the first line of the diagnostic log and, later, staff mode.
     *
     * @param configRefused the problems of a settings file passed over for a good copy or the
     *                      defaults (see {@link SettingsFile}); empty normally
     */
    record InUse(Found config, Found content, Found data, List<Problem> configRefused) {
        @Override
        public String toString() {
            return "config " + config + ", content " + content + ", data " + data;
        }
    }

    private final Path installFolder;

    StaffFiles(Path installFolder) {
        this.installFolder = installFolder;
    }

    /** The files of the installation this class was loaded from. */
    static StaffFiles besideTheJar() {
        return new StaffFiles(installFolder(codeLocation()));
    }

    Path installFolder() {
        return installFolder;
    }

    /** The named settings file, else the one beside the jar, else the built-in one. */
    Found config(Optional<String> named) {
        return find(named, CONFIG, Files::isRegularFile);
    }

    /** The named content folder, else the one beside the jar, else the built-in one. */
    Found content(Optional<String> named) {
        return find(named, CONTENT, Files::isDirectory);
    }

    /**
     * The named data folder, else {@code ~/.rollkiosk}, created. A folder that cannot be made is
     * still the one named, marked so: the kiosk then runs without logs and without a staff PIN,
     * and diagnostics say why. There is no fallback elsewhere: a folder of a predictable name in
     * a place every user can write would let another user plant a staff PIN there.
     */
    static Found data(Optional<String> named) {
        return data(named, Path.of(System.getProperty("user.home")));
    }

    static Found data(Optional<String> named, Path homeFolder) {
        if (named.isPresent()) {
            Path given = Path.of(named.get());
            return new Found(given, tryCreate(given) ? GIVEN : "given, " + CANNOT_CREATE);
        }
        Path home = homeFolder.resolve(".rollkiosk");
        return new Found(home, tryCreate(home) ? PER_USER : PER_USER + ", " + CANNOT_CREATE);
    }

    private static boolean tryCreate(Path folder) {
        try {
            Files.createDirectories(folder);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Where staff mode saves settings: the named file, else beside the jar (the built-in copy cannot change). */
    Path configToSave(Optional<String> named) {
        return named.map(Path::of).orElse(installFolder.resolve(CONFIG));
    }

    /** The settings as {@link #config} finds them, loaded and checked. */
    KioskConfig loadConfig(Optional<String> named) throws InvalidFilesException {
        return ConfigLoader.load(config(named).path());
    }

    private Found find(Optional<String> named, String relative, java.util.function.Predicate<Path> exists) {
        if (named.isPresent()) {
            return new Found(Path.of(named.get()), GIVEN);
        }
        Path beside = installFolder.resolve(relative);
        return exists.test(beside) ? new Found(beside, BESIDE_THE_JAR) : new Found(builtIn(relative), BUILT_IN_ORIGIN);
    }

    /**
     * The jar's own folder. A build's output (target/classes for {@code mvn exec:java}, or
     * target/rollkiosk.jar) stands for the project folder around it, as development runs expect.
     */
    static Path installFolder(Path codeLocation) {
        Path folder = codeLocation.toAbsolutePath().getParent();
        if (folder.getFileName() != null && folder.getFileName().toString().equals("target")
                && Files.isRegularFile(folder.resolveSibling("pom.xml"))) {
            return folder.getParent();
        }
        return folder;
    }

    private static Path codeLocation() {
        try {
            return Path.of(StaffFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell where the jar is", e);
        }
    }

    /**
     * A copy built into the jar, as a Path the loaders read like any folder: inside the jar through
     * a zip file system, kept open for the life of the process; from classes, the plain file.
     */
    static synchronized Path builtIn(String relative) {
        URL url = StaffFiles.class.getResource(BUILT_IN + relative);
        if (url == null) {
            throw new IllegalStateException("the build left " + BUILT_IN + relative + " out of the jar");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try {
                    FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    FileSystems.newFileSystem(uri, Map.of());
                }
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open " + url, e);
        }
    }
}
