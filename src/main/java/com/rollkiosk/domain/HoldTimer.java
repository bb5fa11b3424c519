package com.rollkiosk.domain;

/**
 * One hold on one tender spot: counts towards a target while pressure is on, pauses on release,
 * and completes exactly when the time held reaches the target. Elapsed time is always computed
 * from the clock, never from counted ticks, so a late repaint cannot stretch or shrink a hold.
 *
 * <p>A touch start goes through a short get-ready countdown first, so the person has time to
 * get onto the roller; a press detected by the sensor starts at once.
 */
public final class HoldTimer {

    public enum State { READY, GET_READY, RUNNING, PAUSED, COMPLETE }

    private final Clock clock;
    private final long targetNanos;
    private State state = State.READY;
    private long heldBeforeRunNanos;
    private long runStartNanos;
    private long getReadyEndNanos;
    private boolean skipped;

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

    /** Starts or resumes counting now: the sensor saw the person lie on the roller. */
    public void press() {
        State s = state();
        if (s == State.READY || s == State.PAUSED || s == State.GET_READY) {
            runFrom(clock.nanoTime());
        }
    }

    /** Starts or resumes counting after a countdown: a touch on Start. */
    public void startAfterCountdown(long countdownNanos) {
        State s = state();
        if (s == State.READY || s == State.PAUSED) {
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
        State s = state();
        if (s == State.RUNNING) {
            heldBeforeRunNanos += clock.nanoTime() - runStartNanos;
            state = State.PAUSED;
        } else if (s == State.GET_READY) {
            state = heldBeforeRunNanos > 0 ? State.PAUSED : State.READY;
        }
    }

    public void skip() {
        if (state() != State.COMPLETE) {
            release();
            skipped = true;
            state = State.COMPLETE;
        }
    }

    public void restart() {
        state = State.READY;
        heldBeforeRunNanos = 0;
        skipped = false;
    }

    /** The current state; a running hold whose time is up reports {@link State#COMPLETE}. */
    public State state() {
        if (state == State.GET_READY && clock.nanoTime() >= getReadyEndNanos) {
            runFrom(getReadyEndNanos);
        }
        if (state == State.RUNNING && clock.nanoTime() - runStartNanos + heldBeforeRunNanos >= targetNanos) {
            heldBeforeRunNanos = targetNanos;
            state = State.COMPLETE;
        }
        return state;
    }

    public boolean isComplete() {
        return state() == State.COMPLETE;
    }

    /** True when the hold ended by Skip rather than by reaching its target. */
    public boolean wasSkipped() {
        return skipped;
    }

    public long heldNanos() {
        State s = state();
        if (s == State.RUNNING) {
            return heldBeforeRunNanos + clock.nanoTime() - runStartNanos;
        }
        return skipped ? heldBeforeRunNanos : Math.min(heldBeforeRunNanos, targetNanos);
    }

    public long remainingNanos() {
        return skipped ? 0 : Math.max(0, targetNanos - heldNanos());
    }

    /** Whole seconds left, rounded up, as a countdown shows them: 30 until a full second has passed. */
    public int remainingSecondsShown() {
        return (int) ((remainingNanos() + 999_999_999L) / 1_000_000_000L);
    }

    /** Whole seconds of get-ready countdown left, rounded up; 0 outside the countdown. */
    public int getReadySecondsShown() {
        if (state() != State.GET_READY) {
            return 0;
        }
        return (int) ((getReadyEndNanos - clock.nanoTime() + 999_999_999L) / 1_000_000_000L);
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
    }
}
