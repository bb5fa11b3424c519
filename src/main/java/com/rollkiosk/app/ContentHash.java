package com.rollkiosk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A short hash of a content folder: every file's path and bytes, in path order. Two kiosks of a
 * chain with the same hash show the same words, whatever the files' dates.
 */
final class ContentHash {

    static final String UNREADABLE = "unreadable";

    private ContentHash() {
    }

    /** The first 12 hex digits of the SHA-256; {@link #UNREADABLE} when the folder cannot be read. */
    static String of(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path f : files) {
                sha.update(dir.relativize(f).toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(f));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            return UNREADABLE;
        }
    }
}
