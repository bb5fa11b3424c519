package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code set-pin} from piped input. */
class SetPinCommandTest {

    private static final String PIN = "73915846";

    @TempDir
    Path data;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int setPin(String piped) {
        return new SetPinCommand(new ByteArrayInputStream(piped.getBytes(StandardCharsets.UTF_8)), null,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(new String[] {"--data", data.toString()});
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> all = Files.walk(data)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void aPipedPinIsSavedAsAHashThatNoFileInTheDataFolderShowsInClear() throws Exception {
        assertThat(setPin(PIN + "\n" + PIN + "\n")).isZero();

        assertThat(files()).isNotEmpty();
        for (Path file : files()) {
            assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                    .doesNotContain(PIN);
        }
        assertThat(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)).doesNotContain(PIN);
        assertThat(Files.readString(data.resolve(PinStore.FILE))).startsWith("pbkdf2-sha256$" + PinStore.ITERATIONS + "$");
        assertThat(new PinStore(data).verify(PIN.toCharArray())).isTrue();
    }

    @Test
    void twoDifferentPinsSaveNothing() throws Exception {
        assertThat(setPin("1234\n1235\n")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("the two PINs differ; nothing saved");
        assertThat(files()).isEmpty();
    }

    @Test
    void aShortOrNonDigitPinSavesNothing() throws Exception {
        assertThat(setPin("123\n123\n")).isEqualTo(2);
        assertThat(setPin("12ab\n12ab\n")).isEqualTo(2);
        assertThat(setPin("1234\n")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("at least 4 digits", "digits only", "given twice");
        assertThat(files()).isEmpty();
    }

    @Test
    void aPinLongerThanThePadTakesSavesNothing() throws Exception {
        String tooLong = "1".repeat(com.rollkiosk.ui.PinPresenter.MAX_DIGITS + 1);
        assertThat(setPin(tooLong + "\n" + tooLong + "\n")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("at most " + com.rollkiosk.ui.PinPresenter.MAX_DIGITS);
        assertThat(files()).isEmpty();
    }

    @Test
    void withLangDeItSaysWhyInGerman() throws Exception {
        int exit = new SetPinCommand(new ByteArrayInputStream("12\n12\n".getBytes(StandardCharsets.UTF_8)), null,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(new String[] {"--data", data.toString(), "--lang", "de"});
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("set-pin: eine PIN braucht mindestens 4 Ziffern; nichts gespeichert");
    }

    @Test
    void theSavedPinFileIsReadableByItsOwnerOnly() throws Exception {
        assertThat(setPin("1234\n1234\n")).isZero();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(data.resolve(PinStore.FILE)))).isEqualTo("rw-------");
    }

    @Test
    void aNewPinReplacesTheOld() throws Exception {
        assertThat(setPin("1234\n1234\n")).isZero();
        assertThat(setPin("5678\n5678\n")).isZero();
        assertThat(new PinStore(data).verify("5678".toCharArray())).isTrue();
        assertThat(new PinStore(data).verify("1234".toCharArray())).isFalse();
        assertThat(files()).as("no backup of the old PIN's hash").containsExactly(data.resolve(PinStore.FILE));
    }
}
