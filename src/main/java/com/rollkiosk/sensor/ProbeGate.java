package com.rollkiosk.sensor;

import com.rollkiosk.domain.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Stands between a freshly opened port and the kiosk while {@code auto} finds out whether it is
 * the roller: nothing is passed on until the port sends our sketch's hello line or a few lines that
 * read as readings. Then the port is announced as connected and what was held back follows, in
 * order. A port that sends nothing for {@code quietNanos}, or nothing readable for {@code
 * verdictNanos}, is given up, and the kiosk never hears of it.
 */
final class ProbeGate implements SensorListener {

    /** Readings that make a port the roller without a hello line: a board that was not reset on opening. */
    static final int READINGS_TO_KEEP = 3;
    /** Enough for a sketch's start-up lines and the readings that decide; more would only be dropped. */
    private static final int MAX_HELD = 32;

    private final String path;
    private final SensorListener out;
    private final Clock clock;
    private final long opened;
    private final long quietNanos;
    private final long verdictNanos;
    private final Consumer<PortReport.Seen> onKept;
    private final List<Runnable> held = new ArrayList<>();
    private PortReport.Seen kept;
    private int lines;
    private int readings;
    private String lastLine;

    /** @param onKept told first, once the port is known to be the roller */
    ProbeGate(String path, SensorListener out, Clock clock, long quietNanos, long verdictNanos,
              Consumer<PortReport.Seen> onKept) {
        this.path = path;
        this.onKept = onKept;
        this.out = out;
        this.clock = clock;
        this.opened = clock.nanoTime();
        this.quietNanos = quietNanos;
        this.verdictNanos = verdictNanos;
    }

    /** Listening is over without finding the roller: the port is closed and tried again later. */
    boolean givenUp() {
        if (kept != null) {
            return false;
        }
        long listened = clock.nanoTime() - opened;
        return listened > verdictNanos || (lines == 0 && listened > quietNanos);
    }

    /** What the port showed: the roller, or why not. */
    PortReport.Seen seen() {
        if (kept != null) {
            return kept;
        }
        return lines == 0 ? PortReport.Seen.SILENT : PortReport.Seen.NO_READINGS;
    }

    /** A line from a port that talks without readings, for staff to recognise; null otherwise. */
    String example() {
        return kept == null ? lastLine : null;
    }

    @Override
    public void onSample(long tNanos, double value) {
        if (kept != null) {
            out.onSample(tNanos, value);
            return;
        }
        lines++;
        hold(() -> out.onSample(tNanos, value));
        if (++readings >= READINGS_TO_KEEP) {
            keep(PortReport.Seen.ROLLER_READINGS);
        }
    }

    @Override
    public void onInfo(String line) {
        if (kept != null) {
            out.onInfo(line);
            return;
        }
        lines++;
        lastLine = line;
        hold(() -> out.onInfo(line));
        if (line.startsWith(SerialPorts.HELLO)) {
            keep(PortReport.Seen.ROLLER_HELLO);
        }
    }

    @Override
    public void onGarbage() {
        if (kept != null) {
            out.onGarbage();
            return;
        }
        lines++;
        hold(out::onGarbage);
    }

    @Override
    public void onUnreadable(String exampleLine) {
        if (kept != null) {
            out.onUnreadable(exampleLine);
        } else {
            lastLine = exampleLine;
        }
    }

    private void hold(Runnable event) {
        if (held.size() < MAX_HELD) {
            held.add(event);
        }
    }

    private void keep(PortReport.Seen seen) {
        kept = seen;
        onKept.accept(seen);
        out.onConnected(path);
        held.forEach(Runnable::run);
        held.clear();
    }
}
