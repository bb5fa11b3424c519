package com.rollkiosk.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The names of a rotating log's files, and their order of writing. A rotated file is named
 * {@code NAME-SEQ-yyyyMMdd-HHmmss.jsonl}: the sequence number orders them, and the stamp (UTC) is
 * only for people, because a kiosk's clock can be behind, ahead, or corrected. Files rotated by
 * earlier kiosks ({@code NAME-yyyyMMdd-HHmmssSSS.jsonl}, ordered by their stamp) are older than any
 * numbered file: they were there before the first numbered one was written.
 */
final class LogFiles {

    /** Lists a folder; a seam so tests can make listing fail as a disk does. */
    interface Lister {
        Stream<Path> list(Path dir) throws IOException;
    }

    static final Lister DISK = Files::list;
    static final String SUFFIX = ".jsonl";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);
    private static final Pattern NUMBERED = Pattern.compile("-(\\d{6,18})-\\d{8}-\\d{6}\\.jsonl");

    private final Path dir;
    private final String name;
    private final Lister lister;

    LogFiles(Path dir, String name, Lister lister) {
        this.dir = dir;
        this.name = name;
        this.lister = lister;
    }

    /** The per-day counts kept beside a rotated file (see {@link LogSummary}). */
    static Path summaryOf(Path log) {
        return log.resolveSibling(log.getFileName() + ".summary.json");
    }

    Path current() {
        return dir.resolve(name + SUFFIX);
    }

    /** The name a rotation with this sequence number, at this time, gives the current file. */
    Path rotated(long sequence, Instant at) {
        return dir.resolve(String.format("%s-%06d-%s%s", name, sequence, STAMP.format(at), SUFFIX));
    }

    /** The rotated files, oldest first by order of writing; throws as the listing does. */
    List<Path> rotated() throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> all = lister.list(dir)) {
                all.filter(this::isRotated).forEach(files::add);
            }
        }
        files.sort(Comparator.comparingLong(this::sequence).thenComparing(p -> p.getFileName().toString()));
        return files;
    }

    /** The rotated files then the current one, oldest first; what cannot be listed is left out and said. */
    List<Path> all() {
        List<Path> files = new ArrayList<>();
        try {
            files.addAll(rotated());
        } catch (IOException | UncheckedIOException e) {
            System.getLogger(LogFiles.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot list " + dir + ": " + e.getMessage());
        }
        if (Files.isRegularFile(current())) {
            files.add(current());
        }
        return files;
    }

    /** The sequence number in a rotated file's name; 0 for a name from before numbering. */
    long sequence(Path file) {
        String f = file.getFileName().toString();
        Matcher m = NUMBERED.matcher(f.substring(Math.min(name.length(), f.length())));
        return f.startsWith(name) && m.matches() ? Long.parseLong(m.group(1)) : 0;
    }

    private boolean isRotated(Path file) {
        String f = file.getFileName().toString();
        return f.startsWith(name + "-") && f.endsWith(SUFFIX);
    }
}
