package com.rollkiosk.app;

import com.rollkiosk.domain.Clock;
import com.rollkiosk.json.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * Wrong PIN attempts and the wait they earn, on an injected clock. The first
 * {@value #FREE_ATTEMPTS} wrong attempts in a row cost nothing (a finger slips); each one after
 * that makes the next attempt wait, from {@value #FIRST_WAIT_MS} ms doubling up to
 * {@value #MAX_WAIT_MS} ms, so guessing 10,000 four-digit PINs takes months. A right PIN clears it.
 *
 * <p>The count and the wait are kept in {@code DATA/staff-pin-attempts} (one line,
 * {@code WRONG_IN_A_ROW UNTIL_EPOCH_MS WAIT_MS}, replaced atomically), so pulling the plug does not
 * reset them. The wall clock is only used across a restart, and a wait read back never exceeds the
 * one earned, so a clock set wrong cannot lock staff out for longer.
 */
final class PinAttempts {

    static final String FILE = "staff-pin-attempts";
    static final int FREE_ATTEMPTS = 3;
    static final long FIRST_WAIT_MS = 10_000;
    static final long MAX_WAIT_MS = 15 * 60_000;

    private static final System.Logger LOG = System.getLogger(PinAttempts.class.getName());

    private final Clock clock;
    private final LongSupplier wallMillis;
    private final Path file;
    private int wrongInARow;
    private long blockedUntilMs;
    private long earnedMs;

    /** Kept in memory only: for tests of the waits alone. */
    PinAttempts(Clock clock) {
        this(clock, () -> 0, null);
    }

    /** @param file where the attempts survive a restart; null keeps them in memory only */
    PinAttempts(Clock clock, LongSupplier wallMillis, Path file) {
        this.clock = clock;
        this.wallMillis = wallMillis;
        this.file = file;
        load();
    }

    /** How long before the next attempt is taken; 0 when it may be made now. */
    synchronized long waitMillis() {
        return Math.max(0, blockedUntilMs - clock.millis());
    }

    /** The wait one more wrong PIN would earn now (0 while the free ones last); changes nothing. */
    synchronized long waitIfWrong() {
        return waitFor(wrongInARow + 1);
    }

    /** Counts a wrong PIN and returns the wait it earned (0 for the free ones). */
    synchronized long wrong() {
        wrongInARow++;
        long wait = waitFor(wrongInARow);
        if (wait > 0) {
            blockedUntilMs = clock.millis() + wait;
            earnedMs = wait;
        }
        save();
        return wait;
    }

    synchronized void right() {
        boolean had = wrongInARow > 0 || blockedUntilMs != 0;
        wrongInARow = 0;
        blockedUntilMs = 0;
        earnedMs = 0;
        if (had) {
            save();
        }
    }

    private static long waitFor(int wrongs) {
        int over = wrongs - FREE_ATTEMPTS;
        if (over <= 0) {
            return 0;
        }
        return over > 20 ? MAX_WAIT_MS : Math.min(MAX_WAIT_MS, FIRST_WAIT_MS << (over - 1));
    }

    private void load() {
        if (file == null || !Files.isRegularFile(file)) {
            return;
        }
        try {
            String[] parts = Files.readString(file, StandardCharsets.US_ASCII).trim().split(" ");
            int wrongs = Integer.parseInt(parts[0]);
            long until = Long.parseLong(parts[1]);
            long earned = Long.parseLong(parts[2]);
            wrongInARow = Math.max(0, wrongs);
            earnedMs = Math.max(0, Math.min(MAX_WAIT_MS, earned));
            long left = Math.max(0, Math.min(earnedMs, until - wallMillis.getAsLong()));
            blockedUntilMs = left > 0 ? clock.millis() + left : 0;
        } catch (IOException | RuntimeException e) {
            // A damaged count must not open the door wider: treat it as the free tries used up.
            LOG.log(System.Logger.Level.WARNING, "cannot read " + file + ", counting from the free tries used: " + e);
            wrongInARow = FREE_ATTEMPTS;
        }
    }

    private void save() {
        if (file == null) {
            return;
        }
        long left = Math.max(0, blockedUntilMs - clock.millis());
        String line = wrongInARow + " " + (wallMillis.getAsLong() + left) + " " + earnedMs + "\n";
        try {
            AtomicFiles.writeSecret(file, line.getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            // The wait still holds in memory; only a restart would forget it.
            LOG.log(System.Logger.Level.WARNING, "cannot save " + file + ": " + e.getMessage());
        }
    }
}
