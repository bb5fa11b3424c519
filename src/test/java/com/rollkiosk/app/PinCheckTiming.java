package com.rollkiosk.app;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How long the PIN pad's check takes at a hash cost, as the kiosk makes it: the first check in a
 * fresh JVM (cold, as after a restart), then warm ones, a right and a wrong PIN each time. Run
 * in its own JVM with the start command's flags to see what staff wait; {@code .ci/bench} runs it
 * in its own. Prints figures, asserts nothing.
 */
public final class PinCheckTiming {

    private PinCheckTiming() {
    }

    /** @param args hash costs to time; none times today's and OWASP's 600,000 for comparison */
    public static void main(String[] args) throws Exception {
        int[] costs = args.length == 0 ? new int[] {PinStore.ITERATIONS, 600_000}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int cost : costs) {
            System.out.println(time(cost));
        }
    }

    /** One line: the cost, the first check, and the slowest and median of the next eight. */
    static String time(int cost) throws Exception {
        Path data = Files.createTempDirectory("pin-timing");
        try {
            PinStore store = new PinStore(data, cost);
            store.set("73915846".toCharArray());
            long first = check(store, "73915846");
            long[] next = new long[8];
            for (int i = 0; i < next.length; i++) {
                next[i] = check(store, i % 2 == 0 ? "73915846" : "11112222");
            }
            java.util.Arrays.sort(next);
            return String.format("pin check at %,d iterations: first %d ms, then median %d ms, slowest %d ms",
                    cost, first, next[next.length / 2], next[next.length - 1]);
        } finally {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** One check as the pad makes it, through the rate limit; a fresh count each time, so no wait. */
    private static long check(PinStore store, String pin) throws Exception {
        Files.deleteIfExists(store.file().resolveSibling(PinAttempts.FILE));
        PinCheck check = new PinCheck(store, System::nanoTime);
        long start = System.nanoTime();
        check.check(pin.toCharArray());
        return (System.nanoTime() - start) / 1_000_000L;
    }
}
