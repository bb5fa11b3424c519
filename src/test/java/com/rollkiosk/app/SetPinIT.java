package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code set-pin} in the packaged jar with the PIN piped in, as a setup script would. */
class SetPinIT {

    @TempDir
    Path tmp;

    @Test
    void aPipedPinLeavesNoFileInTheDataFolderThatContainsIt() throws Exception {
        Path data = tmp.resolve("data");
        Path input = Files.writeString(tmp.resolve("pin.txt"), "90817263\n90817263\n");
        Process setPin = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of(System.getProperty("rollkiosk.jar", "target/rollkiosk.jar")).toString(),
                "set-pin", "--data", data.toString())
                .redirectInput(input.toFile())
                .redirectErrorStream(true)
                .start();
        String printed = new String(setPin.getInputStream().readAllBytes());
        assertThat(setPin.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(setPin.exitValue()).as(printed).isZero();
        assertThat(printed).contains("staff PIN saved").doesNotContain("90817263");
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain("90817263");
            }
        }
        assertThat(new PinStore(data).verify("90817263".toCharArray())).isTrue();
    }
}
