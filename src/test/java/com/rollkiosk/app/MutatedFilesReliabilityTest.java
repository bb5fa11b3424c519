package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.Reliability;
import com.rollkiosk.config.CalibrationFiles;
import com.rollkiosk.config.ConfigLoader;
import com.rollkiosk.config.SavedCalibration;
import com.rollkiosk.content.ContentLoader;
import com.rollkiosk.json.InvalidFilesException;
import com.rollkiosk.json.Problem;
import com.rollkiosk.json.Problems;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reliability: config, content and calibration files broken the ways hand edits break them, read
 * by the real loaders and by {@code check}. Each is refused with file, line and field, or (when
 * the change happens to leave a valid file) accepted; never an exception, never a Java name in a
 * message, never a start on a refused file. 250 files here, 1,800 with {@code -Preliability}.
 */
class MutatedFilesReliabilityTest {

    private static final long SEED = 20261124L;
    private static final Pattern CHECK_LINE = Pattern.compile("^.+:\\d+:\\d+: .+: .+$");
    private static final Pattern JAVA_TALK = Pattern.compile("Exception|com\\.fasterxml|com\\.rollkiosk|java\\.|\\tat ");

    @TempDir
    Path dir;

    private final List<String> failures = new ArrayList<>();
    private int refused;

    @Test
    void brokenConfigFilesAreRefusedWithTheirPlace() throws Exception {
        Path config = dir.resolve("config/kiosk.json");
        Files.createDirectories(config.getParent());
        Path content = copyContent();
        int count = Reliability.size(80, 500);
        mutateOneFile(config, Files.readString(Path.of("config/kiosk.json")), count, f -> {
            Problems found = new Problems();
            ConfigLoader.check(f, ContentLoader.languages(content), found);
            return found.all();
        }, problems -> checkCommandAgrees(config, content, problems));
        report(count);
    }

    @Test
    void brokenContentFilesAreRefusedWithTheirPlace() throws Exception {
        Path content = copyContent();
        Path config = Path.of("config/kiosk.json");
        List<String> names = ContentLoader.languages(content).stream()
                .flatMap(language -> Stream.of(ContentLoader.REGIONS, ContentLoader.CONTRAINDICATIONS,
                        ContentLoader.ROUTINES, ContentLoader.GUIDE, ContentLoader.STAFF).map(n -> language + "/" + n))
                .toList();
        Set<String> files = names.stream().map(n -> content.resolve(n).toString()).collect(Collectors.toSet());
        int count = Reliability.size(110, 900);
        for (int i = 0; i < count; i++) {
            Path file = content.resolve(names.get(i % names.size()));
            String original = Files.readString(Path.of("content").resolve(names.get(i % names.size())));
            JsonMutator.Mutant mutant = new JsonMutator(original, SEED + i).next();
            Files.write(file, mutant.bytes());
            List<Problem> problems = problems(mutant, file, f -> {
                Problems found = new Problems();
                ContentLoader.check(content, "en", found);
                return found.all();
            });
            judge(mutant, file, problems, files);
            if (i % 10 == 0) {
                checkCommandAgrees(config, content, problems);
            }
            Files.writeString(file, original);
        }
        report(count);
    }

    @Test
    void brokenCalibrationFilesAreRefusedWithTheirPlace() throws Exception {
        Path file = CalibrationFiles.in(dir);
        CalibrationFiles.save(file, new SavedCalibration(512.0, 3.5, 840.0, 60.0, 30.0, "2026-11-24T17:00:00Z",
                "serial:/dev/ttyACM0"));
        int count = Reliability.size(60, 400);
        mutateOneFile(file, Files.readString(file), count, f -> {
            try {
                CalibrationFiles.load(f);
                return List.of();
            } catch (InvalidFilesException e) {
                return e.problems();
            }
        }, problems -> { });
        report(count);
    }

    private void mutateOneFile(Path file, String original, int count, Function<Path, List<Problem>> loader,
                               Consumer<List<Problem>> alsoEveryTenth) throws IOException {
        JsonMutator mutator = new JsonMutator(original, SEED);
        for (int i = 0; i < count; i++) {
            JsonMutator.Mutant mutant = mutator.next();
            Files.write(file, mutant.bytes());
            List<Problem> problems = problems(mutant, file, loader);
            judge(mutant, file, problems, Set.of(file.toString()));
            if (i % 10 == 0) {
                alsoEveryTenth.accept(problems);
            }
        }
    }

    private void report(int count) {
        System.out.printf("%d mutants, %d refused%n", count, refused);
        assertThat(failures).as("mutants handled wrongly").isEmpty();
        assertThat(refused).as("refused of " + count).isGreaterThan(count / 3);
    }

    private Path copyContent() throws IOException {
        Path content = dir.resolve("content");
        try (Stream<Path> all = Files.walk(Path.of("content"))) {
            for (Path from : (Iterable<Path>) all::iterator) {
                Path to = content.resolve(Path.of("content").relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        return content;
    }

    /** The loader's problems; an exception out of it is itself a failure. */
    private List<Problem> problems(JsonMutator.Mutant mutant, Path file, Function<Path, List<Problem>> loader) {
        try {
            return loader.apply(file);
        } catch (RuntimeException e) {
            failures.add(describe(mutant) + " threw " + e);
            return List.of();
        }
    }

    private void judge(JsonMutator.Mutant mutant, Path file, List<Problem> problems, Set<String> files) {
        if (!problems.isEmpty()) {
            refused++;
        }
        long lines = mutant.text().lines().count() + 1;
        for (Problem p : problems) {
            boolean placed = files.contains(p.file()) && p.line() >= 1 && p.line() <= Math.max(lines, 2)
                    && p.column() >= 1 && !p.field().isBlank() && !p.message().isBlank();
            if (!placed || p.toString().contains("\n") || JAVA_TALK.matcher(p.toString()).find()) {
                failures.add(describe(mutant) + " gave " + p);
            }
        }
        JsonMutator.Expected expected = mutant.expected();
        if (mutant.kind().equals("truncate") && problems.isEmpty()) {
            failures.add(describe(mutant) + " was accepted though cut short");
        }
        if (expected != null && problems.stream().noneMatch(p -> p.file().equals(file.toString())
                && p.field().equals(expected.field()) && p.line() == expected.line())) {
            failures.add(describe(mutant) + " expected " + expected + ", got " + problems);
        }
    }

    /** {@code check} refuses what the loader refused, with the same located lines, and no stack trace. */
    private void checkCommandAgrees(Path config, Path content, List<Problem> problems) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
                .execute("check", "--config", config.toString(), "--content", content.toString());
        String printed = out.toString(StandardCharsets.UTF_8);
        String errors = err.toString(StandardCharsets.UTF_8);
        if (problems.isEmpty()) {
            if (exit != Cli.OK) {
                failures.add("check refused what the loader accepted: " + printed + errors);
            }
            return;
        }
        List<String> lines = printed.lines().toList();
        if (exit != Cli.BAD_INPUT || !lines.stream().allMatch(l -> CHECK_LINE.matcher(l).matches())
                || !lines.containsAll(problems.stream().map(Problem::toString).toList())
                || JAVA_TALK.matcher(errors).find()) {
            failures.add("check exit " + exit + " for " + problems + ": " + printed + errors);
        }
    }

    private static String describe(JsonMutator.Mutant mutant) {
        return mutant.kind() + " mutant <<" + mutant.text() + ">>";
    }
}
