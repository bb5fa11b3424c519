package com.rollkiosk.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void writesANewFileAndItsFolder() throws Exception {
        Path file = dir.resolve("config/kiosk.json");
        AtomicFiles.write(file, bytes("{}"));
        assertThat(file).hasContent("{}");
        assertThat(AtomicFiles.backupOf(file)).doesNotExist();
    }

    @Test
    void replacingKeepsThePreviousContentAsBak() throws Exception {
        Path file = dir.resolve("kiosk.json");
        AtomicFiles.write(file, bytes("one"));
        AtomicFiles.write(file, bytes("two"));
        AtomicFiles.write(file, bytes("three"));
        assertThat(file).hasContent("three");
        assertThat(dir.resolve("kiosk.json.bak")).hasContent("two");
    }

    @Test
    void temporaryFilesOfAKilledWriteAreRemovedByTheNext() throws Exception {
        Path file = dir.resolve("kiosk.json");
        Files.writeString(dir.resolve(".kiosk.json.12345.tmp"), "half a wri");
        AtomicFiles.write(file, bytes("whole"));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("kiosk.json");
        }
    }

    private static String mode(Path file) throws Exception {
        return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Test
    void aReplacedFileKeepsItsMode() throws Exception {
        Path file = Files.writeString(dir.resolve("kiosk.json"), "old");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        AtomicFiles.write(file, bytes("new"));
        assertThat(mode(file)).isEqualTo("rw-r--r--");
        AtomicFiles.writeWithoutBackup(file, bytes("newer"));
        assertThat(mode(file)).isEqualTo("rw-r--r--");
        assertThat(file).hasContent("newer");
    }

    @Test
    void aSecretIsOwnerOnlyWhateverItWasBefore() throws Exception {
        Path file = Files.writeString(dir.resolve("staff-pin"), "old");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        AtomicFiles.writeSecret(file, bytes("hash"));
        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(AtomicFiles.backupOf(file)).doesNotExist();
    }
}
