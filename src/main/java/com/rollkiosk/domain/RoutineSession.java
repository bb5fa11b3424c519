package com.rollkiosk.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One person working through one routine: the ordered steps, the hold on the current one, and
 * what was done. Pressure from the roller and touches both drive it.
 *
 * <p>A hold starts on a press only when the roller was empty since the last hold ended, so a
 * person who stays on the roller after a side completes does not start the next side by accident.
 *
 * <p>Start by touch works with a sensor connected too: a sensor that cannot see the person (a
 * broken wire) must never stop a hold. Such a hold is timed by touch until the sensor sees a change
 * (someone getting on or off), and from then on by the sensor.
 */
public final class RoutineSession {

    public enum Phase { HOLDING, BETWEEN, FINISHED }

    /** @param heldMillis time actually held; @param skipped ended by Skip, not by the timer */
    public record StepResult(Step step, long heldMillis, boolean skipped) {
    }

    private final Clock clock;
    private final RoutinePlan plan;
    private final Intensity intensity;
    private final int targetSeconds;
    private final long getReadyNanos;
    private final Consumer<KioskEvent> events;
    private final HoldCounting counting;
    private final List<Step> steps;
    private final StepResult[] results;

    private int index;
    private HoldTimer timer;
    private HoldTimer.State lastSeen = HoldTimer.State.READY;
    private Phase phase = Phase.HOLDING;
    private boolean pressureOn;
    private boolean armed;
    private Steadiness steadiness;
    /** Started by touch, and the sensor has seen no one get on or off since: touch times the hold. */
    private boolean touchTimed;
    /** Whether the current hold heard anything about steadiness: without a sensor, nothing can be said. */
    private boolean steadinessKnown;
    private boolean closed;

    public RoutineSession(Clock clock, RoutinePlan plan, Intensity intensity, int targetSeconds,
                          long getReadyNanos, boolean pressureOnNow, Consumer<KioskEvent> events) {
        this(clock, plan, intensity, targetSeconds, getReadyNanos, pressureOnNow, HoldCounting.CONTACT, events);
    }

    public RoutineSession(Clock clock, RoutinePlan plan, Intensity intensity, int targetSeconds,
                          long getReadyNanos, boolean pressureOnNow, HoldCounting counting,
                          Consumer<KioskEvent> events) {
        this.clock = clock;
        this.plan = plan;
        this.intensity = intensity;
        this.targetSeconds = targetSeconds;
        this.getReadyNanos = getReadyNanos;
        this.events = events;
        this.counting = counting;
        this.steps = plan.steps();
        this.results = new StepResult[steps.size()];
        this.pressureOn = pressureOnNow;
        this.armed = !pressureOnNow;
        this.timer = HoldTimer.ofSeconds(clock, targetSeconds);
        events.accept(new KioskEvent.SessionStarted(plan.routineId(), intensity, steps.size()));
    }

    public void pressureOn() {
        pressureOn = true;
        if (!armed) {
            return;
        }
        touchTimed = false;
        if (phase == Phase.BETWEEN) {
            moveTo(index + 1);
        }
        followPressure();
    }

    public void pressureOff() {
        pressureOn = false;
        steadiness = null;
        armed = true;
        touchTimed = false;
        timer.steady(false);
        followPressure();
    }

    /** How the person on the roller loads it now; null once they are off. */
    public void steadiness(Steadiness now) {
        steadiness = now;
        if (now != null) {
            steadinessKnown = true;
        }
        if (phase == Phase.HOLDING) {
            timer.steady(now == Steadiness.STEADY);
        }
        if (armed) {
            followPressure();
        }
    }

    /** Runs the timer while the sensor says the hold counts, and pauses it while it does not. */
    private void followPressure() {
        if (phase != Phase.HOLDING || touchTimed) {
            return;
        }
        if (counts()) {
            timer.press();
        } else {
            timer.release();
        }
        update();
    }

    /** Whether what the sensor sees counts towards the hold under the counting rule in force. */
    public boolean counts() {
        return pressureOn && armed && (counting == HoldCounting.CONTACT || steadiness == Steadiness.STEADY);
    }

    public void touchStart() {
        if (phase == Phase.HOLDING) {
            touchTimed = true;
            timer.startAfterCountdown(getReadyNanos);
            update();
        }
    }

    public void touchPause() {
        if (phase == Phase.HOLDING) {
            timer.release();
            update();
        }
    }

    /** From the between-steps prompt to the next hold, which then waits for a press or Start. */
    public void next() {
        if (phase == Phase.BETWEEN) {
            moveTo(index + 1);
        }
    }

    public void skip() {
        if (phase == Phase.FINISHED) {
            return;
        }
        if (phase == Phase.HOLDING) {
            long held = timer.heldNanos() / 1_000_000L;
            timer.skip();
            lastSeen = HoldTimer.State.COMPLETE;
            results[index] = new StepResult(currentStep(), held, true);
            events.accept(new KioskEvent.HoldSkipped(currentStep(), held));
        }
        if (index + 1 < steps.size()) {
            moveTo(index + 1);
        } else {
            phase = Phase.FINISHED;
        }
    }

    /** Back to the previous step, or the start of this one on the first step. */
    public void back() {
        if (phase == Phase.FINISHED) {
            return;
        }
        if (phase == Phase.BETWEEN) {
            moveTo(index);
        } else {
            moveTo(Math.max(0, index - 1));
        }
    }

    /** Ends the routine early. */
    public void end() {
        if (phase != Phase.FINISHED) {
            timer.release();
            phase = Phase.FINISHED;
        }
    }

    /**
     * Ends the routine if it has not ended, and logs once how: finished when every step was held
     * or skipped, abandoned otherwise.
     */
    public void close() {
        end();
        if (!closed) {
            closed = true;
            events.accept(new KioskEvent.SessionEnded(plan.routineId(),
                    allStepsDone() ? KioskEvent.Outcome.FINISHED : KioskEvent.Outcome.ABANDONED,
                    completedSteps(), steps.size()));
        }
    }

    /** True while a hold counts down: its get-ready or the hold itself. */
    public boolean holdInProgress() {
        HoldTimer.State s = timer.state();
        return phase == Phase.HOLDING && (s == HoldTimer.State.RUNNING || s == HoldTimer.State.GET_READY);
    }

    /** Looks at the clock: a hold whose time is up completes, a countdown that ran out starts. */
    public void update() {
        if (phase != Phase.HOLDING) {
            return;
        }
        timer.update();
        HoldTimer.State now = timer.state();
        if (now == lastSeen) {
            return;
        }
        HoldTimer.State before = lastSeen;
        lastSeen = now;
        if (now == HoldTimer.State.RUNNING) {
            events.accept(new KioskEvent.HoldStarted(currentStep(), targetSeconds, before == HoldTimer.State.PAUSED));
        } else if (now == HoldTimer.State.PAUSED && before == HoldTimer.State.RUNNING) {
            events.accept(new KioskEvent.HoldPaused(currentStep(), timer.heldNanos() / 1_000_000L));
        } else if (now == HoldTimer.State.COMPLETE) {
            completeCurrent();
        }
    }

    private void completeCurrent() {
        results[index] = new StepResult(currentStep(), timer.heldNanos() / 1_000_000L, false);
        events.accept(new KioskEvent.HoldCompleted(currentStep(), targetSeconds, steadyPercent()));
        armed = !pressureOn;
        phase = index + 1 < steps.size() ? Phase.BETWEEN : Phase.FINISHED;
    }

    /** Of the time held, the share that was steady, in whole percent; null when no sensor said. */
    private Integer steadyPercent() {
        long held = timer.heldNanos();
        if (!steadinessKnown || held <= 0) {
            return null;
        }
        return (int) Math.round(100.0 * timer.steadyNanos() / held);
    }

    private void moveTo(int newIndex) {
        index = newIndex;
        timer = HoldTimer.ofSeconds(clock, targetSeconds);
        timer.steady(steadiness == Steadiness.STEADY);
        steadinessKnown = steadiness != null;
        lastSeen = HoldTimer.State.READY;
        phase = Phase.HOLDING;
        touchTimed = false;
    }

    /** How long until {@link #update} would change something: only a hold's timer moves by itself. */
    public long nanosUntilChange() {
        return phase == Phase.HOLDING ? timer.nanosUntilChange() : Long.MAX_VALUE;
    }

    /** The phase as of the last update or command. */
    public Phase phase() {
        return phase;
    }

    public boolean isFinished() {
        return phase == Phase.FINISHED;
    }

    public HoldCounting counting() {
        return counting;
    }

    /** How the person on the roller loads it, or null when nobody is on or it is too soon to tell. */
    public Steadiness steadiness() {
        return steadiness;
    }

    /** True when every step was held to its target or skipped, not ended early. */
    public boolean allStepsDone() {
        return phase == Phase.FINISHED && Arrays.stream(results).allMatch(Objects::nonNull);
    }

    public Step currentStep() {
        return steps.get(index);
    }

    /** The step the between-steps prompt announces. */
    public Step upcomingStep() {
        return steps.get(Math.min(index + 1, steps.size() - 1));
    }

    public int currentIndex() {
        return index;
    }

    public List<Step> steps() {
        return steps;
    }

    public HoldTimer timer() {
        return timer;
    }

    /** The hold was started by touch and the sensor has not taken over since. */
    public boolean isTouchTimed() {
        return touchTimed;
    }

    public boolean isPressureOn() {
        return pressureOn;
    }

    /** False right after a hold completed while the person stayed on: they must get off first. */
    public boolean isArmed() {
        return armed;
    }

    public RoutinePlan plan() {
        return plan;
    }

    public Intensity intensity() {
        return intensity;
    }

    public int targetSeconds() {
        return targetSeconds;
    }

    /** What was done, in step order; a step redone after Back counts once. */
    public List<StepResult> results() {
        return Arrays.stream(results).filter(Objects::nonNull).toList();
    }

    public int completedSteps() {
        return (int) Arrays.stream(results).filter(r -> r != null && !r.skipped()).count();
    }
}
