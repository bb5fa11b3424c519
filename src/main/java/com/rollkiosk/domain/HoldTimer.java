package com.rollkiosk.domain;

/**
 * One hold on one tender spot: counts towards a target while pressure is on, pauses on release,
 * and completes exactly when the time held reaches the target. Elapsed time is always computed
 * from the clock, never from counted ticks, so a late repaint cannot stretch or shrink a hold.
 *
 * <p>Commands and queries are apart: time moves the state on only in {@link #update()} (and at
 * the start of each command, so a command acts on the state as of now). Queries change nothing,
 * so painting a screen can never complete a hold; between updates, a running hold that has
 * reached its target reads as running with nothing left.
 *
 * <p>A touch start goes through a short get-ready countdown first, so the person has time to
 * get onto the roller; a press detected by the sensor starts at once. While it runs, the timer
 * also keeps how much of the time held was steady, for the activity log's {@code steady_pct}.
 */
public final class HoldTimer {

    public enum State { READY, GET_READY, RUNNING, PAUSED, COMPLETE }

    private static final long NOT_STEADY = Long.MIN_VALUE;

    private final Clock clock;
    private final long targetNanos;
    private State state = State.READY;
    private long heldBeforeRunNanos;
    private long runStartNanos;
    private long getReadyEndNanos;
    private boolean skipped;
    private boolean steady;
    private long steadyBeforeNanos;
    private long steadySinceNanos = NOT_STEADY;

    public HoldTimer(Clock clock, long targetNanos) {
        if (targetNanos <= 0) {
            throw new IllegalArgumentException("a hold target must be positive, was " + targetNanos + " ns");
        }
        this.clock = clock;
        this.targetNanos = targetNanos;
    }

    public static HoldTimer ofSeconds(Clock clock, int seconds) {
        return new HoldTimer(clock, seconds * 1_000_000_000L);
    }

    /** Applies what time alone decides: a countdown that ran out starts, a hold at its target completes. */
    public void update() {
        long now = clock.nanoTime();
        if (state == State.GET_READY && now >= getReadyEndNanos) {
            runFrom(getReadyEndNanos);
        }
        if (state == State.RUNNING && now - runStartNanos + heldBeforeRunNanos >= targetNanos) {
            long reachedAt = runStartNanos + targetNanos - heldBeforeRunNanos;
            stopSteady(reachedAt);
            heldBeforeRunNanos = targetNanos;
            state = State.COMPLETE;
        }
    }

    /** Starts or resumes counting now: the sensor saw the person lie on the roller. */
    public void press() {
        update();
        if (state == State.READY || state == State.PAUSED || state == State.GET_READY) {
            runFrom(clock.nanoTime());
        }
    }

    /** Starts or resumes counting after a countdown: a touch on Start. */
    public void startAfterCountdown(long countdownNanos) {
        update();
        if (state == State.READY || state == State.PAUSED) {
            if (countdownNanos <= 0) {
                runFrom(clock.nanoTime());
            } else {
                state = State.GET_READY;
                getReadyEndNanos = clock.nanoTime() + countdownNanos;
            }
        }
    }

    /** Pressure is off (or Pause was touched): the time held so far is kept. */
    public void release() {
        update();
        if (state == State.RUNNING) {
            long now = clock.nanoTime();
            stopSteady(now);
            heldBeforeRunNanos += now - runStartNanos;
            state = State.PAUSED;
        } else if (state == State.GET_READY) {
            state = heldBeforeRunNanos > 0 ? State.PAUSED : State.READY;
        }
    }

    /** Whether the person is holding still now; counts towards {@link #steadyNanos()} while running. */
    public void steady(boolean now) {
        update();
        if (now == steady) {
            return;
        }
        steady = now;
        if (state == State.RUNNING) {
            if (now) {
                steadySinceNanos = clock.nanoTime();
            } else {
                stopSteady(clock.nanoTime());
            }
        }
    }

    public void skip() {
        update();
        if (state != State.COMPLETE) {
            release();
            skipped = true;
            state = State.COMPLETE;
        }
    }

    public void restart() {
        state = State.READY;
        heldBeforeRunNanos = 0;
        steadyBeforeNanos = 0;
        steadySinceNanos = NOT_STEADY;
        skipped = false;
    }

    /** The state as of the last update or command. */
    public State state() {
        return state;
    }

    public boolean isComplete() {
        return state == State.COMPLETE;
    }

    /** True when the hold ended by Skip rather than by reaching its target. */
    public boolean wasSkipped() {
        return skipped;
    }

    public long heldNanos() {
        if (state == State.RUNNING) {
            return Math.min(targetNanos, heldBeforeRunNanos + clock.nanoTime() - runStartNanos);
        }
        // Never past the target: each command updates first, so a hold that reached it is complete at it.
        return heldBeforeRunNanos;
    }

    /** Of the time held, how much was steady. */
    public long steadyNanos() {
        if (steadySinceNanos == NOT_STEADY) {
            return steadyBeforeNanos;
        }
        long end = Math.min(clock.nanoTime(), runStartNanos + targetNanos - heldBeforeRunNanos);
        return steadyBeforeNanos + Math.max(0, end - steadySinceNanos);
    }

    public long remainingNanos() {
        return skipped ? 0 : Math.max(0, targetNanos - heldNanos());
    }

    /**
     * How long until time alone changes the state: the countdown's end, or the target while
     * running; {@code Long.MAX_VALUE} in any other state, which only a command changes.
     */
    public long nanosUntilChange() {
        return switch (state) {
            case GET_READY -> Math.max(0, getReadyEndNanos - clock.nanoTime());
            case RUNNING -> remainingNanos();
            default -> Long.MAX_VALUE;
        };
    }

    /** Whole seconds left, rounded up, as a countdown shows them: 30 until a full second has passed. */
    public int remainingSecondsShown() {
        return (int) ((remainingNanos() + 999_999_999L) / 1_000_000_000L);
    }

    /** Whole seconds of get-ready countdown left, rounded up; 0 outside the countdown. */
    public int getReadySecondsShown() {
        if (state != State.GET_READY) {
            return 0;
        }
        long left = Math.max(0, getReadyEndNanos - clock.nanoTime());
        return (int) ((left + 999_999_999L) / 1_000_000_000L);
    }

    /** Fraction of the target held, 0 to 1, for a progress ring. */
    public double progress() {
        return Math.min(1.0, (double) heldNanos() / targetNanos);
    }

    public long targetNanos() {
        return targetNanos;
    }

    public int targetSeconds() {
        return (int) (targetNanos / 1_000_000_000L);
    }

    private void runFrom(long startNanos) {
        runStartNanos = startNanos;
        state = State.RUNNING;
        if (steady) {
            steadySinceNanos = startNanos;
        }
    }

    private void stopSteady(long atNanos) {
        if (steadySinceNanos != NOT_STEADY) {
            steadyBeforeNanos += Math.max(0, atNanos - steadySinceNanos);
            steadySinceNanos = NOT_STEADY;
        }
    }
}
