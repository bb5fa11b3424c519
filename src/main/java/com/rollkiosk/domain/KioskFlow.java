package com.rollkiosk.domain;

import java.util.List;
import java.util.function.Consumer;

/**
 * The kiosk's top-level state machine: which screen shows, what each touch or press does there,
 * and what time alone changes (idle timeout, attract cards, result screens, get-ready countdown).
 * The UI calls {@link #tick()} from a timer; every decision is made here, on the injected clock.
 */
public final class KioskFlow {

    /** Staff mode and its PIN pad go back to the idle screen after a minute untouched, whatever the runners' timeout. */
    public static final long STAFF_IDLE_NANOS = 60_000_000_000L;

    private final Clock clock;
    private FlowTiming timing;
    private final List<String> attractCards;
    private AttractCycle attractCycle;
    private final Consumer<KioskEvent> events;

    private final TapGuard guard;
    private Screen screen = Screen.ATTRACT;
    private long screenSinceNanos;
    private long lastActivityNanos;
    private int attractCard = -1;
    private RoutinePlan chosenRoutine;
    private RoutineSession session;
    private int stepShown;
    private boolean pressureOn;
    private SensorStatus sensorStatus = SensorStatus.NONE;

    /** @param attractCards region ids, in the order the idle screen shows them */
    public KioskFlow(Clock clock, FlowTiming timing, List<String> attractCards, Consumer<KioskEvent> events) {
        this.clock = clock;
        this.timing = timing;
        this.attractCards = List.copyOf(attractCards);
        this.attractCycle = new AttractCycle(Math.max(1, attractCards.size()), timing.cardPeriodNanos());
        this.events = events;
        this.guard = new TapGuard(clock);
        long now = clock.nanoTime();
        this.screenSinceNanos = now;
        this.lastActivityNanos = now;
        showAttractCard();
    }

    // ---- touches ----

    /** "Tap to start" on the idle screen. */
    public void start() {
        if (!tapCounts()) {
            return;
        }
        if (screen == Screen.ATTRACT) {
            go(Screen.CONTRAINDICATIONS);
        }
    }

    public void noneApply() {
        if (!confirmCounts()) {
            return;
        }
        if (screen == Screen.CONTRAINDICATIONS) {
            go(Screen.CHOOSE_ROUTINE);
        }
    }

    /** The person has a contraindication: a kind screen, then attract; never a hold. */
    public void oneApplies() {
        if (!tapCounts()) {
            return;
        }
        if (screen == Screen.CONTRAINDICATIONS) {
            go(Screen.NOT_SAFE);
        }
    }

    public void chooseRoutine(RoutinePlan plan) {
        if (!tapCounts()) {
            return;
        }
        if (screen == Screen.CHOOSE_ROUTINE) {
            chosenRoutine = plan;
            go(Screen.CHOOSE_INTENSITY);
        }
    }

    public void chooseIntensity(Intensity intensity) {
        if (!tapCounts()) {
            return;
        }
        if (screen == Screen.CHOOSE_INTENSITY && chosenRoutine != null) {
            stepShown = 0;
            session = new RoutineSession(clock, chosenRoutine, intensity, timing.targetSeconds(intensity),
                    timing.getReadyNanos(), pressureOn, timing.counting(), events);
            if (!isSensorConnected()) {
                // By touch, choosing is also Start: the get-ready gives time to get down onto the roller.
                session.touchStart();
            }
            go(Screen.HOLD);
        }
    }

    public void holdStart() {
        if (!tapCounts()) {
            return;
        }
        if (screen == Screen.HOLD) {
            session.touchStart();
        }
    }

    public void holdPause() {
        if (!tapCounts()) {
            return;
        }
        if (screen == Screen.HOLD) {
            session.touchPause();
        }
    }

    public void skip() {
        if (!tapCounts()) {
            return;
        }
        if (screen == Screen.HOLD || screen == Screen.SWITCH_SIDE) {
            session.skip();
            followSession();
        }
    }

    /** From the between-steps prompt on to the next hold. */
    public void next() {
        if (!tapCounts()) {
            return;
        }
        moveOnFromSwitchSide();
    }

    private void moveOnFromSwitchSide() {
        if (screen == Screen.SWITCH_SIDE) {
            session.next();
            followSession();
        }
    }

    /** Back one screen, or one step within a routine. */
    public void back() {
        if (!tapCounts()) {
            return;
        }
        switch (screen) {
            case CONTRAINDICATIONS, NOT_SAFE -> go(Screen.ATTRACT);
            case CHOOSE_ROUTINE -> go(Screen.CONTRAINDICATIONS);
            case CHOOSE_INTENSITY -> go(Screen.CHOOSE_ROUTINE);
            case HOLD, SWITCH_SIDE -> {
                session.back();
                followSession();
            }
            default -> { }
        }
    }

    /** End the routine early; the finished screen shows what was done. */
    public void endRoutine() {
        if (!tapCounts()) {
            return;
        }
        if (session != null && (screen == Screen.HOLD || screen == Screen.SWITCH_SIDE)) {
            session.end();
            endSession(KioskEvent.Outcome.ABANDONED);
            go(Screen.FINISHED);
        }
    }

    /** Leave a result screen (finished, or "one of these applies") for attract. */
    public void dismiss() {
        if (!tapCounts()) {
            return;
        }
        if (screen == Screen.FINISHED || screen == Screen.NOT_SAFE) {
            go(Screen.ATTRACT);
        }
    }

    /**
     * After a fault outside the flow (a screen that failed to draw, a tick that threw): any
     * routine ends as abandoned, and the idle screen shows, the one place every person can start over.
     */
    public void recover() {
        abandonSession();
        go(Screen.ATTRACT);
    }

    /** The hidden gesture or Ctrl+Shift+S: the PIN pad, from any screen; a routine in progress is abandoned. */
    public void askStaffPin() {
        activity();
        if (screen != Screen.STAFF) {
            abandonSession();
            go(Screen.STAFF_PIN);
        }
    }

    /** The PIN pad accepted the PIN; staff mode opens only from there. */
    public void enterStaff() {
        activity();
        if (screen == Screen.STAFF_PIN) {
            go(Screen.STAFF);
        }
    }

    /** Leave staff mode, or cancel the PIN pad. */
    public void leaveStaff() {
        if (screen == Screen.STAFF || screen == Screen.STAFF_PIN) {
            go(Screen.ATTRACT);
        }
    }

    /**
     * Saved settings take effect: the next routine holds for the new targets and counts by the new
     * rule, the idle timeout and card period apply from now. A routine in progress keeps its targets.
     */
    public void retime(FlowTiming next) {
        timing = next;
        attractCycle = new AttractCycle(Math.max(1, attractCards.size()), next.cardPeriodNanos());
    }

    /**
     * The screen on show has just been drawn in front of the person. The tap guard and the safety
     * list's reading time run from here, so a screen that was slow to appear still gets them in full.
     */
    public void screenShown() {
        guard.shown();
    }

    /** How long until a tap presses the buttons of the screen on show; 0 when it does now. */
    public long nanosUntilTapsCount() {
        return guard.nanosUntil(timing.tapGuardNanos());
    }

    /** How long until "none of these apply" counts: the safety list's reading time, at least the tap guard. */
    public long nanosUntilConfirmCounts() {
        long reading = screen == Screen.CONTRAINDICATIONS ? timing.safetyReadingNanos() : 0;
        return guard.nanosUntil(Math.max(timing.tapGuardNanos(), reading));
    }

    /** A tap is activity even when the guard swallows it; whether it presses anything is the guard's. */
    private boolean tapCounts() {
        activity();
        return nanosUntilTapsCount() == 0;
    }

    private boolean confirmCounts() {
        activity();
        return nanosUntilConfirmCounts() == 0;
    }

    /** Any touch anywhere: the person is still here. */
    public void activity() {
        lastActivityNanos = clock.nanoTime();
    }

    // ---- the roller ----

    public void pressure(boolean on) {
        pressureOn = on;
        activity();
        if (on && screen == Screen.ATTRACT) {
            // A press invites the person in but never skips the contraindications.
            go(Screen.CONTRAINDICATIONS);
            return;
        }
        if (session != null && (screen == Screen.HOLD || screen == Screen.SWITCH_SIDE)) {
            if (on) {
                session.pressureOn();
            } else {
                session.pressureOff();
            }
            followSession();
        }
    }

    /** While someone is on the roller, how they load it changed; null when it cannot yet be told. */
    public void steadiness(Steadiness now) {
        if (session != null && (screen == Screen.HOLD || screen == Screen.SWITCH_SIDE)) {
            session.steadiness(now);
            followSession();
        }
    }

    /** The sensor's link changed; anything but connected means touch, and ends any contact. */
    public void sensorStatus(SensorStatus status) {
        sensorStatus = status;
        if (status != SensorStatus.CONNECTED && pressureOn) {
            pressure(false);
        }
    }

    // ---- time ----

    /** Applies whatever time alone decides; call it from a UI timer and after events. */
    public void tick() {
        long now = clock.nanoTime();
        if (pressureOn || holdInProgress()) {
            lastActivityNanos = now;
        }
        if (session != null && (screen == Screen.HOLD || screen == Screen.SWITCH_SIDE)) {
            session.update();
            followSession();
        }
        long onScreen = now - screenSinceNanos;
        switch (screen) {
            case ATTRACT -> showAttractCard();
            case FINISHED, NOT_SAFE -> {
                if (onScreen >= timing.resultNanos()) {
                    go(Screen.ATTRACT);
                    return;
                }
            }
            case SWITCH_SIDE -> {
                if (onScreen >= timing.switchSideNanos()) {
                    moveOnFromSwitchSide();
                }
            }
            default -> { }
        }
        if (isStaff()) {
            if (now - lastActivityNanos >= STAFF_IDLE_NANOS) {
                go(Screen.ATTRACT);
            }
            return;
        }
        if (screen != Screen.ATTRACT && now - lastActivityNanos >= timing.idleNanos()) {
            abandonSession();
            go(Screen.ATTRACT);
        }
    }

    /**
     * How long until time alone changes what the flow decides: the next attract card, the end of
     * a countdown, a hold or a result screen, or an idle timeout. {@code Long.MAX_VALUE} when only
     * an event can change anything. A {@link #tick} before then changes nothing, so the screens
     * can sleep until then, or until the next event.
     */
    public long nanosUntilDue() {
        long now = clock.nanoTime();
        long onScreen = now - screenSinceNanos;
        long due = switch (screen) {
            case ATTRACT -> attractCards.size() > 1 ? attractCycle.nanosToNextCard(onScreen) : Long.MAX_VALUE;
            case FINISHED, NOT_SAFE -> timing.resultNanos() - onScreen;
            case SWITCH_SIDE -> timing.switchSideNanos() - onScreen;
            default -> Long.MAX_VALUE;
        };
        if (session != null && (screen == Screen.HOLD || screen == Screen.SWITCH_SIDE)) {
            due = Math.min(due, session.nanosUntilChange());
        }
        long idle = now - lastActivityNanos;
        if (isStaff()) {
            due = Math.min(due, STAFF_IDLE_NANOS - idle);
        } else if (screen != Screen.ATTRACT && !pressureOn && !holdInProgress()) {
            // On the roller or with a hold running, the timeout cannot start; that ends with an event or a due hold.
            due = Math.min(due, timing.idleNanos() - idle);
        }
        return Math.max(0, due);
    }

    private boolean isStaff() {
        return screen == Screen.STAFF || screen == Screen.STAFF_PIN;
    }

    private boolean holdInProgress() {
        if (session == null || screen != Screen.HOLD) {
            return false;
        }
        HoldTimer.State s = session.timer().state();
        return s == HoldTimer.State.RUNNING || s == HoldTimer.State.GET_READY;
    }

    private void followSession() {
        if (session.currentIndex() != stepShown) {
            // A new step is a new screen to the person, even where the flow's screen stays the same.
            stepShown = session.currentIndex();
            guard.shown();
        }
        switch (session.phase()) {
            case HOLDING -> go(Screen.HOLD);
            case BETWEEN -> go(Screen.SWITCH_SIDE);
            case FINISHED -> {
                if (screen != Screen.FINISHED) {
                    endSession(session.allStepsDone() ? KioskEvent.Outcome.FINISHED : KioskEvent.Outcome.ABANDONED);
                    go(Screen.FINISHED);
                }
            }
        }
    }

    private void endSession(KioskEvent.Outcome outcome) {
        events.accept(new KioskEvent.SessionEnded(session.plan().routineId(), outcome,
                session.completedSteps(), session.steps().size()));
    }

    private void abandonSession() {
        if (session != null && (screen == Screen.HOLD || screen == Screen.SWITCH_SIDE)) {
            session.end();
            endSession(KioskEvent.Outcome.ABANDONED);
        }
    }

    private void go(Screen to) {
        if (to == screen) {
            return;
        }
        Screen from = screen;
        screen = to;
        screenSinceNanos = clock.nanoTime();
        guard.shown();
        if (to == Screen.ATTRACT) {
            session = null;
            chosenRoutine = null;
            attractCard = -1;
        }
        events.accept(new KioskEvent.ScreenChanged(from, to));
        if (to == Screen.ATTRACT) {
            showAttractCard();
        }
    }

    private void showAttractCard() {
        if (attractCards.isEmpty()) {
            return;
        }
        int card = attractCycle.cardAt(clock.nanoTime() - screenSinceNanos);
        if (card != attractCard) {
            attractCard = card;
            events.accept(new KioskEvent.AttractCardShown(card, attractCards.get(card)));
        }
    }

    // ---- what the screens read ----

    public Screen screen() {
        return screen;
    }

    /** The routine in progress, or null outside a routine. */
    public RoutineSession session() {
        return session;
    }

    public RoutinePlan chosenRoutine() {
        return chosenRoutine;
    }

    public int attractCard() {
        return attractCard;
    }

    /** How far the current attract card is through its period, 0 to 1. */
    public double attractCardPhase() {
        return attractCycle.phaseAt(clock.nanoTime() - screenSinceNanos);
    }

    public boolean isPressureOn() {
        return pressureOn;
    }

    public SensorStatus sensorStatus() {
        return sensorStatus;
    }

    /** True while readings drive the hold; otherwise the kiosk works by touch. */
    public boolean isSensorConnected() {
        return sensorStatus == SensorStatus.CONNECTED;
    }

    public FlowTiming timing() {
        return timing;
    }
}
