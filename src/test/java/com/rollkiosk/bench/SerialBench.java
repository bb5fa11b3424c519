package com.rollkiosk.bench;

import com.rollkiosk.config.SensorSettings;
import com.rollkiosk.sensor.CountingListener;
import com.rollkiosk.sensor.SerialSource;
import com.rollkiosk.sensor.Socat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The real serial path through a socat pseudo-terminal: lines written at the baud limit for a
 * few seconds, then a flood as fast as the writer can go. Counts what arrives and how far the
 * reader trails the writer.
 */
final class SerialBench {

    private SerialBench() {
    }

    static void run() throws Exception {
        Path dir = Files.createTempDirectory("rollkiosk-bench");
        try (Socat socat = Socat.start(dir)) {
            CountingListener listener = new CountingListener(v -> { });
            SerialSource source = new SerialSource(socat.deviceEnd().toString(), SensorSettings.defaults(),
                    System::nanoTime, 10_000);
            source.start(listener);
            try {
                if (!listener.awaitConnected(10)) {
                    throw new IllegalStateException("the serial source did not open the pty");
                }
                paced(socat, listener.samples, listener.garbage);
                flood(socat, listener.samples, listener.garbage);
            } finally {
                source.stop();
            }
        }
    }

    /** 2,300 lines a second, the most 115200 baud carries, written in 10 ms batches for 5 s. */
    private static void paced(Socat socat, AtomicLong samples, AtomicLong garbage) throws Exception {
        long before = samples.get();
        int perBatch = 23;
        int batches = 500;
        String batch = "1023\r\n".repeat(perBatch);
        long start = System.nanoTime();
        for (int b = 0; b < batches; b++) {
            long due = start + b * 10_000_000L;
            while (System.nanoTime() < due) {
                Thread.onSpinWait();
            }
            socat.write(batch);
        }
        long written = (long) perBatch * batches;
        double lagMs = waitFor(samples, before + written);
        Bench.report("serial at the baud limit", (samples.get() - before) / 5.0, "lines/s",
                String.format("%d of %d lines arrived, %d garbage, reader %.1f ms behind the last write",
                        samples.get() - before, written, garbage.get(), lagMs));
    }

    /** As fast as the writer can go: how much more than the baud limit the reader can take. */
    private static void flood(Socat socat, AtomicLong samples, AtomicLong garbage) throws Exception {
        long before = samples.get();
        int lines = 200_000;
        String chunk = "-2147483648\n".repeat(1000);
        long start = System.nanoTime();
        for (int i = 0; i < lines / 1000; i++) {
            socat.write(chunk);
        }
        waitFor(samples, before + lines);
        double seconds = (System.nanoTime() - start) / 1e9;
        Bench.report("serial flood", (samples.get() - before) / seconds, "lines/s",
                String.format("%d of %d lines arrived, %d garbage", samples.get() - before, lines, garbage.get()));
    }

    /** Milliseconds from now until the count reaches {@code target} (or 10 s pass). */
    private static double waitFor(AtomicLong count, long target) {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(10);
        while (count.get() < target && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        return (System.nanoTime() - start) / 1e6;
    }
}
