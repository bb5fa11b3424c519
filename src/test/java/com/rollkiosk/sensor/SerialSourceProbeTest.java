package com.rollkiosk.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.config.SensorSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code auto} listens on each USB port for the hello line; a stop does not wait the listening out. */
@Timeout(30)
class SerialSourceProbeTest {

    @TempDir
    Path dir;

    @Test
    void stoppingWhileAPortIsProbedForTheHelloLineReturnsAtOnce() throws Exception {
        try (Socat socat = Socat.start(dir)) {
            Path pty = socat.deviceEnd().toRealPath();
            CountDownLatch listed = new CountDownLatch(1);
            SerialSource source = new SerialSource(SensorSettings.AUTO, SerialSourcePtyTest.SETTINGS, System::nanoTime, 400,
                    () -> {
                        listed.countDown();
                        return List.of(new PortCandidate(pty.toString(), "silent pty", 0));
                    });
            source.start(new CountingListener(v -> { }));
            assertThat(listed.await(5, TimeUnit.SECONDS)).isTrue();
            awaitOpenedByThisProcess(pty);

            long start = System.nanoTime();
            source.stop();
            long ms = (System.nanoTime() - start) / 1_000_000L;

            assertThat(ms).as("ms to stop during a %d ms probe", 2500).isLessThan(500);
        }
    }

    /** Waits until one of this JVM's file descriptors is {@code device}: the probe has opened it. */
    private static void awaitOpenedByThisProcess(Path device) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!openHere(device)) {
            assertThat(System.nanoTime()).as("the probe opened %s within 5 s", device).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private static boolean openHere(Path device) throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.anyMatch(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(device);
                } catch (IOException e) {
                    return false;
                }
            });
        }
    }
}
