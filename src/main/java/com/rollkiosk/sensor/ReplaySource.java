package com.rollkiosk.sensor;

import com.rollkiosk.domain.Clock;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Plays a recording of {@code t_ms,value} lines (as {@code monitor --record} writes them) in real
 * time. Samples carry the recorded timing, so detection sees exactly what the roller saw. A line
 * that is not {@code t_ms,value} is garbage; {@code #} lines are info. The end is {@code onFinished}.
 */
public final class ReplaySource implements SensorSource {

    private final Path file;
    private final Clock clock;
    private final SourceThread worker = new SourceThread("rollkiosk-replay");

    public ReplaySource(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    @Override
    public synchronized void start(SensorListener listener) {
        worker.start(() -> play(new SafeListener(listener, worker::running)));
    }

    @Override
    public synchronized void stop() {
        worker.stop();
    }

    @Override
    public String describe() {
        return "replay:" + file;
    }

    private void play(SensorListener listener) {
        listener.onConnected(describe());
        String end = "end of replay";
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long start = clock.nanoTime();
            long firstMs = Long.MIN_VALUE;
            long due = start;
            for (String line; worker.running() && (line = reader.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                if (line.startsWith("#")) {
                    listener.onInfo(line);
                    continue;
                }
                Sample sample = parse(line);
                if (sample == null) {
                    listener.onGarbage();
                    continue;
                }
                if (firstMs == Long.MIN_VALUE) {
                    firstMs = sample.tMs();
                }
                // Clamped so a recording with a step back in time cannot make time run backwards.
                due = Math.max(due, start + (sample.tMs() - firstMs) * 1_000_000L);
                long wait = due - clock.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
                }
                listener.onSample(due, sample.value());
            }
        } catch (IOException e) {
            end = "cannot read " + file + ": " + e.getMessage();
        } catch (InterruptedException e) {
            end = "replay stopped";
        }
        listener.onFinished(end);
    }

    private static Sample parse(String line) {
        int comma = line.indexOf(',');
        if (comma < 0) {
            return null;
        }
        try {
            double value = Double.parseDouble(line.substring(comma + 1).trim());
            if (!Double.isFinite(value)) {
                return null;
            }
            return new Sample(Long.parseLong(line.substring(0, comma).trim()), value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private record Sample(long tMs, double value) {
    }
}
