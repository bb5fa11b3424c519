package com.rollkiosk.sensor;

import com.rollkiosk.domain.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which port {@code auto} opens next, and when each is opened again. Opening a port resets an
 * Arduino, and may reset or upset whatever else sits on a USB-serial adapter (a UPS cable, an
 * RS-485 bus, a touch controller), so a port that was not the roller is tried once, then again
 * after 1, 2, 4, 8 and then every 15 minutes. The port the roller was last found on is always
 * due: after a replug it is reopened as quickly as the reconnect backoff allows.
 *
 * <p>A port that leaves the list and comes back is a device plugged in afresh and is tried at
 * once. Times are on the injected clock. Used on the source's thread only.
 */
final class PortProbes {

    static final long FIRST_RETRY_NANOS = 60_000_000_000L;
    static final long LONGEST_RETRY_NANOS = 15 * FIRST_RETRY_NANOS;

    private final Clock clock;
    private final Map<String, Port> ports = new LinkedHashMap<>();
    private String roller;

    private static final class Port {
        final PortCandidate candidate;
        PortReport.Seen seen = PortReport.Seen.NOT_TRIED;
        String detail;
        boolean tried;
        long nextProbe;
        long retry = FIRST_RETRY_NANOS;

        Port(PortCandidate candidate) {
            this.candidate = candidate;
        }

        long nanosUntilDue(long now) {
            return tried ? Math.max(0, nextProbe - now) : 0;
        }
    }

    PortProbes(Clock clock) {
        this.clock = clock;
    }

    /** The ports listed now, ranked; forgets those that are gone. Returns whether the list changed. */
    boolean listed(List<PortCandidate> ranked) {
        boolean changed = ports.keySet().retainAll(ranked.stream().map(PortCandidate::path).toList());
        Map<String, Port> inOrder = new LinkedHashMap<>();
        for (PortCandidate c : ranked) {
            Port p = ports.get(c.path());
            changed |= p == null;
            inOrder.put(c.path(), p == null ? new Port(c) : p);
        }
        ports.clear();
        ports.putAll(inOrder);
        return changed;
    }

    /** The roller's port if it is listed, else the first other port due now; null for none. */
    String next() {
        if (roller != null && ports.containsKey(roller)) {
            return roller;
        }
        long now = clock.nanoTime();
        for (Port p : ports.values()) {
            if (p.nanosUntilDue(now) == 0) {
                return p.candidate.path();
            }
        }
        return null;
    }

    /** Until the next port is due, at the most {@code max}; 0 when one is due now. */
    long nanosUntilDue(long max) {
        long now = clock.nanoTime();
        long wait = max;
        for (Port p : ports.values()) {
            wait = Math.min(wait, p.nanosUntilDue(now));
        }
        return wait;
    }

    /** Opening {@code path} showed {@code seen}; a port that is not the roller waits longer each time. */
    void saw(String path, PortReport.Seen seen, String detail) {
        Port p = ports.get(path);
        if (p == null) {
            return;
        }
        if (path.equals(roller) && seen == PortReport.Seen.CANNOT_OPEN) {
            // Busy or half there while being replugged: still the roller's, retried quickly.
            p.detail = detail;
            return;
        }
        p.seen = seen;
        p.detail = detail;
        p.tried = true;
        if (seen.isRoller()) {
            roller = path;
            p.retry = FIRST_RETRY_NANOS;
            return;
        }
        if (path.equals(roller)) {
            roller = null;
        }
        p.nextProbe = clock.nanoTime() + p.retry;
        p.retry = Math.min(LONGEST_RETRY_NANOS, p.retry * 2);
    }

    /** Whether {@code path} is where the roller was last found. */
    boolean isRoller(String path) {
        return path.equals(roller);
    }

    /** Whether the roller's port is listed now: it is then reopened quickly, the others left alone. */
    boolean rollerListed() {
        return roller != null && ports.containsKey(roller);
    }

    /** How many ports are listed. */
    int size() {
        return ports.size();
    }

    List<PortReport> report() {
        List<PortReport> out = new ArrayList<>();
        for (Port p : ports.values()) {
            boolean noProbe = p.seen.isRoller() || !p.tried;
            out.add(new PortReport(p.candidate.path(), p.seen, p.detail, noProbe ? PortReport.NO_PROBE : p.nextProbe));
        }
        return List.copyOf(out);
    }
}
