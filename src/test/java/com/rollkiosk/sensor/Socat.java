package com.rollkiosk.sensor;

import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A pair of linked pseudo-terminals made by socat: the source under test opens {@link #deviceEnd()}
 * as if it were the Arduino's port, and the test plays the Arduino by writing to the other end.
 * socat missing is a failure, not a skip: CI installs it, and a silent skip would hide the serial tests.
 */
public final class Socat implements AutoCloseable {

    private final Path deviceEnd;
    private final Path arduinoEnd;
    private Process process;
    private OutputStream arduino;

    private Socat(Path dir) {
        this.deviceEnd = dir.resolve("roller");
        this.arduinoEnd = dir.resolve("arduino");
    }

    public static Socat start(Path dir) throws IOException, InterruptedException {
        Socat socat = new Socat(dir);
        socat.restart();
        return socat;
    }

    /** The path a serial source opens. */
    public Path deviceEnd() {
        return deviceEnd;
    }

    /** Starts socat again with the same link paths, as when the roller is plugged back in. */
    public synchronized void restart() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("socat", "-d", "-d",
                "pty,raw,echo=0,link=" + deviceEnd, "pty,raw,echo=0,link=" + arduinoEnd);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError("socat is not installed (apt-get install -y socat); "
                    + "the serial tests need it to make a pseudo-terminal: " + e.getMessage(), e);
        }
        BlockingQueue<String> stderr = new LinkedBlockingQueue<>();
        Thread drain = new Thread(() -> drain(process, stderr), "socat-stderr");
        drain.setDaemon(true);
        drain.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        String line;
        do {
            line = stderr.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("socat did not start within 5 s");
            }
        } while (!line.contains("starting data transfer loop"));
        arduino = null;
    }

    private static void drain(Process process, BlockingQueue<String> lines) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("stderr closed: " + e.getMessage());
        }
    }

    /** Writes as the Arduino would; throws if socat is gone. */
    public void write(String text) throws IOException {
        write(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** Writes raw bytes, such as a bootloader's junk that no ASCII string holds; throws if socat is gone. */
    public synchronized void write(byte[] bytes) throws IOException {
        if (arduino == null) {
            arduino = new FileOutputStream(arduinoEnd.toFile());
        }
        arduino.write(bytes);
        arduino.flush();
    }

    /** Kills socat, as when the roller's cable is pulled, and waits until it is gone. */
    public synchronized void kill() throws InterruptedException {
        closeArduinoEnd();
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    private void closeArduinoEnd() {
        if (arduino != null) {
            try {
                arduino.close();
            } catch (IOException ignored) {
                // socat may already be gone; the stream is useless either way
            }
            arduino = null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
