package com.rollkiosk.sensor.field;

import java.util.ArrayList;
import java.util.List;

/**
 * What happened in one run, in the board's time: where each phase began, when the board was
 * silent (from a reset or an unplug until its next reading), and every change of the kiosk's
 * contact state. Written from the emulator's and the kiosk's threads; scored once both are done.
 */
public final class FieldTimeline {

    private static final long SECOND = 1_000_000_000L;

    private final Scenario scenario;
    private final long[] phaseStarts;
    private final List<long[]> silences = new ArrayList<>();
    private final List<long[]> contacts = new ArrayList<>();
    private final List<String> links = new ArrayList<>();
    private final List<long[]> taredAway = new ArrayList<>();
    private long start = Long.MIN_VALUE;
    private long end = Long.MIN_VALUE;
    private int opens;
    private long firstOpen = Long.MIN_VALUE;
    private long firstConnected = Long.MIN_VALUE;
    private int resets;
    private long bytes;
    private boolean neverOpened;

    FieldTimeline(Scenario scenario) {
        this.scenario = scenario;
        this.phaseStarts = new long[scenario.phases().size()];
    }

    synchronized void started(long t) {
        start = t;
    }

    synchronized long start() {
        return start;
    }

    synchronized void phaseStarts(int index, long t) {
        phaseStarts[index] = t;
    }

    synchronized void ended(long t) {
        end = t;
    }

    synchronized void opened(long t) {
        opens++;
        if (firstOpen == Long.MIN_VALUE) {
            firstOpen = t;
        }
    }

    /** Seconds from the board's start until the kiosk first opened its port; infinite if it never did. */
    public synchronized double secondsToFirstOpen() {
        return firstOpen == Long.MIN_VALUE || start == Long.MIN_VALUE ? Double.POSITIVE_INFINITY
                : (firstOpen - start) / (double) SECOND;
    }

    synchronized void reset(long t) {
        resets++;
    }

    synchronized void silent(long from, long until) {
        silences.add(new long[] {from, until});
    }

    /** The sketch tared with somebody on: until they get off, it reads them as nothing. */
    synchronized void taredAway(long t) {
        taredAwayEnds(t);
        taredAway.add(new long[] {t, Long.MAX_VALUE});
    }

    /** Whether the sketch ever tared somebody away. */
    public synchronized boolean taredSomebodyAway() {
        return !taredAway.isEmpty();
    }

    synchronized void taredAwayEnds(long t) {
        if (!taredAway.isEmpty() && taredAway.get(taredAway.size() - 1)[1] == Long.MAX_VALUE) {
            taredAway.get(taredAway.size() - 1)[1] = t;
        }
    }

    synchronized void wrote(int count) {
        bytes += count;
    }

    synchronized void neverOpened() {
        neverOpened = true;
    }

    /** The kiosk's contact state changed at {@code t} (its clock is the board's). */
    public synchronized void contact(long t, boolean on) {
        contacts.add(new long[] {t, on ? 1 : 0});
    }

    /** What {@link #link} is told when the kiosk takes the board's port as the roller's. */
    public static final String CONNECTED = "connected";

    /** Seconds from the board's start until the kiosk took its port as the roller's; infinite if it never did. */
    public synchronized double secondsToFirstConnected() {
        return firstConnected == Long.MIN_VALUE || start == Long.MIN_VALUE ? Double.POSITIVE_INFINITY
                : (firstConnected - start) / (double) SECOND;
    }

    /** The kiosk's link changed at {@code t}: connected, lost (with why), unreadable. */
    public synchronized void link(long t, String what) {
        if (what.equals(CONNECTED) && firstConnected == Long.MIN_VALUE) {
            firstConnected = t;
        }
        if (start != Long.MIN_VALUE) {
            links.add(String.format(java.util.Locale.ROOT, "%.2f %s", (t - start) / (double) SECOND, what));
        }
    }

    public synchronized boolean wasOpened() {
        return !neverOpened;
    }

    public synchronized int opens() {
        return opens;
    }

    public synchronized int resets() {
        return resets;
    }

    public synchronized long bytes() {
        return bytes;
    }

    public int phaseCount() {
        return phaseStarts.length;
    }

    /** When phase {@code index} began, in the board's time. */
    public synchronized long phaseStart(int index) {
        return phaseStarts[index];
    }

    public synchronized long phaseEnd(int index) {
        return index + 1 < phaseStarts.length ? phaseStarts[index + 1] : end;
    }

    /** The kiosk's contact state at {@code t}. */
    public synchronized boolean contactAt(long t) {
        boolean on = false;
        for (long[] c : contacts) {
            if (c[0] > t) {
                break;
            }
            on = c[1] == 1;
        }
        return on;
    }

    /**
     * How phase {@code index} went: the share of its judged time in which the contact state was
     * right, and how long after its start the state became right for good. Judged time is the
     * phase minus its grace from the start, minus any silence of the board and the standard grace
     * after the readings came back, and, where contact is expected, minus the time a person the
     * sketch tared away stayed on: no kiosk can see them.
     */
    public synchronized PhaseResult score(int index) {
        return score(index, 0);
    }

    /** {@link #score(int)}, with {@code latencySeconds} more grace everywhere: a sketch's own smoothing. */
    public synchronized PhaseResult score(int index, double latencySeconds) {
        Phase phase = scenario.phases().get(index);
        if (neverOpened) {
            return PhaseResult.notRun(phase);
        }
        long from = phaseStart(index);
        long to = phaseEnd(index);
        List<long[]> excluded = new ArrayList<>();
        long latency = Math.round(latencySeconds * SECOND);
        excluded.add(new long[] {from, from + Math.round(phase.graceSeconds() * SECOND) + latency});
        long afterSilence = Math.round(FieldGrace.TRANSITION_SECONDS * SECOND) + latency;
        for (long[] s : silences) {
            excluded.add(new long[] {s[0], s[1] + afterSilence});
        }
        if (phase.expectContact()) {
            excluded.addAll(taredAway);
        }
        long judged = 0;
        long right = 0;
        long settled = from;
        // Walk the phase in 10 ms steps: far finer than any grace, and simple.
        long step = 10_000_000L;
        for (long t = from; t < to; t += step) {
            boolean correct = contactAt(t) == phase.expectContact();
            if (!correct) {
                settled = t + step;
            }
            if (isExcluded(excluded, t)) {
                continue;
            }
            judged += step;
            if (correct) {
                right += step;
            }
        }
        double share = judged == 0 ? Double.NaN : right / (double) judged;
        double settle = settled >= to ? Double.POSITIVE_INFINITY : (settled - from) / (double) SECOND;
        return new PhaseResult(phase, share, settle, judged / (double) SECOND);
    }

    private static boolean isExcluded(List<long[]> intervals, long t) {
        for (long[] i : intervals) {
            if (t >= i[0] && t < i[1]) {
                return true;
            }
        }
        return false;
    }

    /** From the first reading after the port opened until the kiosk first saw contact; infinite if it never did. */
    public synchronized double secondsFromFirstReadingToContact() {
        long firstReading = silences.isEmpty() ? start : silences.get(0)[1];
        for (long[] c : contacts) {
            if (c[1] == 1) {
                return Math.max(0, c[0] - firstReading) / (double) SECOND;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /** Everything as text, for a failure message. */
    public synchronized String describe() {
        StringBuilder b = new StringBuilder();
        b.append("opens ").append(opens).append(", resets ").append(resets).append(", bytes ").append(bytes);
        b.append("\nphases:");
        for (int i = 0; i < phaseStarts.length; i++) {
            b.append(String.format(java.util.Locale.ROOT, " [%s %.1f s]", scenario.phases().get(i).label(),
                    (phaseStarts[i] - start) / (double) SECOND));
        }
        b.append("\nsilences:");
        for (long[] s : silences) {
            b.append(String.format(java.util.Locale.ROOT, " %.1f–%.1f", (s[0] - start) / (double) SECOND,
                    (s[1] - start) / (double) SECOND));
        }
        b.append("\nlink: ").append(String.join("; ", links));
        b.append("\ncontact:");
        for (long[] c : contacts) {
            b.append(String.format(java.util.Locale.ROOT, " %s@%.2f", c[1] == 1 ? "on" : "off", (c[0] - start) / (double) SECOND));
        }
        return b.toString();
    }
}
