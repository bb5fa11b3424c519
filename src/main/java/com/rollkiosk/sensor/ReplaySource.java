package com.rollkiosk.sensor;

import com.rollkiosk.domain.Clock;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Plays a recording of {@code t_ms,value} lines (as {@code monitor --record} writes them) in real
 * time. Samples carry the recorded timing, so detection sees exactly what the roller saw. A line
 * that is not {@code t_ms,value} is garbage, and so is a value that no sensor line could have
 * carried: {@code nan}, {@code inf}, hex, or beyond the signed 32-bit range of PROTOCOL.md.
 * {@code #} lines are info. The end is {@code onFinished}.
 */
public final class ReplaySource implements SensorSource {

    /** A decimal as {@link Readings} writes it, with the exponent {@code Double.toString} may add. */
    private static final Pattern VALUE = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private final Path file;
    private final Clock clock;
    private final double speed;
    private final SourceThread worker = new SourceThread("rollkiosk-replay");

    public ReplaySource(Path file, Clock clock) {
        this(file, clock, 1);
    }

    /**
     * @param speed how many times faster than recorded to play; the samples keep their recorded
     *              timing, so detection judges them exactly as in real time (for tests and benches)
     */
    public ReplaySource(Path file, Clock clock, double speed) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("replay speed must be positive, was " + speed);
        }
        this.file = file;
        this.clock = clock;
        this.speed = speed;
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
                long wait = start + Math.round((due - start) / speed) - clock.nanoTime();
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
        String text = line.substring(comma + 1).trim();
        if (!VALUE.matcher(text).matches()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
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
