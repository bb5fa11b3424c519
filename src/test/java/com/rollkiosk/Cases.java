package com.rollkiosk;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Property tests on JUnit 5: a property is checked on {@code count} cases drawn from one seeded
 * {@link Random}. Each run draws a fresh seed; a failure names it, and
 * {@code -Drollkiosk.seed=<seed>} replays that run case for case.
 *
 * <p>Draws lean on the edges (the bounds, zero, empty and full sizes) about one time in eight, as
 * those are where parsers and timers break.
 */
public final class Cases {

    public static final String SEED_PROPERTY = "rollkiosk.seed";

    private final Random random;

    private Cases(Random random) {
        this.random = random;
    }

    /** Checks {@code property} on {@code count} cases; a failure carries the seed and the case. */
    public static void check(int count, Consumer<Cases> property) {
        long seed = seed();
        Cases cases = new Cases(new Random(seed));
        for (int i = 1; i <= count; i++) {
            try {
                property.accept(cases);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("case " + i + " of " + count + " failed, seed " + seed
                        + " (replay with -D" + SEED_PROPERTY + "=" + seed + "): " + e.getMessage(), e);
            }
        }
    }

    private static long seed() {
        String given = System.getProperty(SEED_PROPERTY);
        return given == null || given.isBlank() ? new Random().nextLong() : Long.parseLong(given.trim());
    }

    private boolean edge() {
        return random.nextInt(8) == 0;
    }

    public boolean bool() {
        return random.nextBoolean();
    }

    /** Any int, the extremes, zero and ±1 among the edges. */
    public int anyInt() {
        if (edge()) {
            return oneOf(Integer.MIN_VALUE, Integer.MAX_VALUE, 0, 1, -1, Integer.MIN_VALUE + 1, Integer.MAX_VALUE - 1);
        }
        return random.nextInt();
    }

    /** An int in {@code [min, max]}, both ends included. */
    public int between(int min, int max) {
        return (int) between((long) min, max);
    }

    /** A long in {@code [min, max]}, both ends included. */
    public long between(long min, long max) {
        if (edge()) {
            return random.nextBoolean() ? min : max;
        }
        return min + (long) (random.nextDouble() * ((double) max - min + 1));
    }

    @SafeVarargs
    public final <T> T oneOf(T... values) {
        return values[random.nextInt(values.length)];
    }

    /** A list of {@code min} to {@code max} items, each from {@code item}. */
    public <T> List<T> list(int min, int max, Supplier<T> item) {
        int size = between(min, max);
        List<T> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(item.get());
        }
        return out;
    }

    /** Up to {@code max} bytes of any value. */
    public byte[] bytes(int max) {
        byte[] out = new byte[between(0, max)];
        random.nextBytes(out);
        return out;
    }

    /** Up to {@code max} characters, each one of {@code chars}. */
    public String string(int min, int max, String chars) {
        int size = between(min, max);
        StringBuilder out = new StringBuilder(size);
        for (int i = 0; i < size; i++) {
            out.append(chars.charAt(random.nextInt(chars.length())));
        }
        return out.toString();
    }
}
