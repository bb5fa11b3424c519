package com.rollkiosk.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/**
 * Tells whether files staff edit have changed, by their names, sizes and modification times: a
 * cheap look at a config file and a content folder of a few dozen files, taken every second or so
 * while the kiosk is out of order. Polling, not a watch service: it works the same for a folder
 * replaced whole, a file that appears where none was, and the copy built into the jar.
 */
final class FilesWatch {

    /** Deep enough for content/LANGUAGE/file and content/illustrations/file. */
    private static final int DEPTH = 4;

    private final List<Path> watched;

    FilesWatch(List<Path> watched) {
        this.watched = List.copyOf(watched);
    }

    /** A text that changes whenever a watched file or folder, or anything in one, changes. */
    String fingerprint() {
        StringBuilder out = new StringBuilder();
        for (Path root : watched) {
            try (Stream<Path> walk = Files.walk(root, DEPTH)) {
                walk.sorted().forEach(p -> out.append(stamp(p)).append('\n'));
            } catch (IOException | UncheckedIOException | SecurityException e) {
                // Missing or unreadable: that is a state of its own, and a change once it is fixed.
                out.append(root).append(" ").append(e.getClass().getSimpleName()).append('\n');
            }
        }
        return out.toString();
    }

    private static String stamp(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return p + " " + (a.isDirectory() ? "d" : "f") + " " + a.size() + " " + a.lastModifiedTime().toMillis()
                    + " " + Files.isReadable(p);
        } catch (IOException | SecurityException e) {
            return p + " " + e.getClass().getSimpleName();
        }
    }
}
