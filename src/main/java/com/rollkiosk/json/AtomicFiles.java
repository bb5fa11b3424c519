package com.rollkiosk.json;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/**
 * Replaces a file so that a power cut or a kill at any moment leaves either the old or the new
 * content, never a mix: the new bytes go to a temporary file in the same folder, are forced to
 * the disk, and that file is renamed over the old one in one step. The old content is kept
 * beside it as {@code NAME.bak}, itself replaced the same way. The new file keeps the old one's
 * POSIX permissions (a 644 settings file stays 644); a file new to the folder gets the temporary
 * file's owner-only 600, and a secret always does.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /** Replaces {@code file} with {@code bytes}, keeping its old content as {@code NAME.bak}. */
    public static void write(Path file, byte[] bytes) throws IOException {
        replace(file, bytes, true);
    }

    /** Replaces {@code file} with {@code bytes}, the old content gone (a settings file broken by hand, say). */
    public static void writeWithoutBackup(Path file, byte[] bytes) throws IOException {
        replace(file, bytes, false, true);
    }

    /** Replaces {@code file} with {@code bytes}, no backup and owner-only (600) whatever it was: a secret's hash. */
    public static void writeSecret(Path file, byte[] bytes) throws IOException {
        replace(file, bytes, false, false);
    }

    private static void replace(Path file, byte[] bytes, boolean keepBackup) throws IOException {
        replace(file, bytes, keepBackup, true);
    }

    private static void replace(Path file, byte[] bytes, boolean keepBackup, boolean keepMode) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        String name = file.getFileName().toString();
        removeLeftovers(folder, name);
        if (keepBackup && Files.isRegularFile(file)) {
            Path copy = temporary(folder, name);
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            force(copy);
            Files.move(copy, backupOf(file), StandardCopyOption.ATOMIC_MOVE);
        }
        Path fresh = temporary(folder, name);
        try (FileChannel out = FileChannel.open(fresh, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
        if (keepMode) {
            keepModeOf(file, fresh);
        }
        Files.move(fresh, file, StandardCopyOption.ATOMIC_MOVE);
        forceFolder(folder);
    }

    /** Gives {@code fresh} the permissions {@code old} has, where the file system has POSIX ones. */
    private static void keepModeOf(Path old, Path fresh) throws IOException {
        if (!Files.isRegularFile(old)
                || !fresh.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Files.setPosixFilePermissions(fresh, Files.getPosixFilePermissions(old));
    }

    private static Path temporary(Path folder, String name) throws IOException {
        return Files.createTempFile(folder, "." + name + ".", ".tmp");
    }

    /** Temporary files of writes that were killed before their rename: never read, so removed. */
    private static void removeLeftovers(Path folder, String name) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String n = f.getFileName().toString();
                if (n.startsWith("." + name + ".") && n.endsWith(".tmp")) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes the renames themselves durable; some systems cannot open a folder, and then it is skipped. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Not supported here (Windows): the rename is still atomic, only its durability waits for the OS.
        }
    }
}
