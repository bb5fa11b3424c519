package com.rollkiosk.domain;

import java.util.List;
import java.util.function.Consumer;

/**
 * The kiosk's top-level state machine: which screen shows, what each touch or press does there,
 * and what time alone changes (idle timeout, attract cards, result screens, get-ready countdown).
 * By touch, each hold gets ready by itself and the next side follows by itself, so a runner on
 * the floor need not get up; with the roller, getting on starts each hold.
 * The UI calls {@link #tick()} from a timer; every decision is made here, on the injected clock.
 */
public final class KioskFlow {

    /** Staff mode and its PIN pad go back to the idle screen after a minute untouched, whatever the runners' timeout. */
    public static final long STAFF_IDLE_NANOS = 60_000_000_000L;

    private final Clock clock;
    private FlowTiming timing;
    private final AttractCards attract;
    private final Consumer<KioskEvent> events;

    private final Presence presence;
    private Screen screen = Screen.ATTRACT;
    private long screenSinceNanos;
    private RoutinePlan chosenRoutine;
    private RoutineSession session;
    /** The hold on show, so a new one (the next side, a step back) is a new screen to the guard. */
    private HoldTimer holdShown;
    /** Where "End routine" was asked, to go back to with "Keep going". */
    private Screen endAskedOn;
    private boolean pressureOn;
    private SensorStatus sensorStatus = SensorStatus.NONE;
    private final RollerHealth rollerHealth = new RollerHealth();

    /** @param attractCards region ids, in the order the idle screen shows them */
    public KioskFlow(Clock clock, FlowTiming timing, List<String> attractCards, Consumer<KioskEvent> events) {
        this.clock = clock;
        this.timing = timing;
        this.attract = new AttractCards(attractCards, timing.cardPeriodNanos(), events);
        this.events = events;
        this.presence = new Presence(clock);
        long now = clock.nanoTime();
        this.screenSinceNanos = now;
        attract.showAt(0);
    }

    // ---- touches ----

    /** "Tap to start" on the idle screen. */
    public void start() {
        if (tapCounts() && screen == Screen.ATTRACT) {
            go(Screen.CONTRAINDICATIONS);
        }
    }

    /** The safety list confirmed: only after its reading time, never by a tap meant for the screen before. */
    public void noneApply() {
        presence.touched();
        if (nanosUntilConfirmCounts() == 0 && screen == Screen.CONTRAINDICATIONS) {
            go(Screen.CHOOSE_ROUTINE);
        }
    }

    /** The person has a contraindication: a kind screen, then attract; never a hold. */
    public void oneApplies() {
        if (tapCounts() && screen == Screen.CONTRAINDICATIONS) {
            go(Screen.NOT_SAFE);
        }
    }

    public void chooseRoutine(RoutinePlan plan) {
        if (tapCounts() && screen == Screen.CHOOSE_ROUTINE) {
            chosenRoutine = plan;
            go(Screen.CHOOSE_INTENSITY);
        }
    }

    /** Starts the routine; the activity log's session starts here, after the confirmed list and two choices. */
    public void chooseIntensity(Intensity intensity) {
        if (tapCounts() && screen == Screen.CHOOSE_INTENSITY && chosenRoutine != null) {
            session = new RoutineSession(clock, chosenRoutine, intensity, timing.targetSeconds(intensity),
                    timing.getReadyNanos(), pressureOn, timing.counting(), this::fromSession);
            holdShown = null;
            followSession();
        }
    }

    /** Start, or Resume after a pause: by touch, after the get-ready. */
    public void holdStart() {
        if (tapCounts() && screen == Screen.HOLD) {
            session.touchStart();
        }
    }

    public void holdPause() {
        if (tapCounts() && screen == Screen.HOLD) {
            session.touchPause();
        }
    }

    public void skip() {
        if (tapCounts() && (screen == Screen.HOLD || screen == Screen.SWITCH_SIDE)) {
            session.skip();
            followSession();
        }
    }

    /** From the between-steps prompt on to the next hold, sooner than it moves on by itself. */
    public void next() {
        if (tapCounts()) {
            moveOnFromSwitchSide();
        }
    }

    private void moveOnFromSwitchSide() {
        if (screen == Screen.SWITCH_SIDE) {
            session.next();
            followSession();
        }
    }

    /** Back one screen, or one step within a routine; from the first hold, to the intensity choice. */
    public void back() {
        if (!tapCounts()) {
            return;
        }
        switch (screen) {
            case CONTRAINDICATIONS, NOT_SAFE -> go(Screen.ATTRACT);
            case CHOOSE_ROUTINE -> go(Screen.CONTRAINDICATIONS);
            case CHOOSE_INTENSITY -> go(Screen.CHOOSE_ROUTINE);
            case HOLD -> {
                if (session.currentIndex() == 0) {
                    // A wrong area or intensity: this routine ends, and the choice is made again.
                    abandonSession();
                    session = null;
                    go(Screen.CHOOSE_INTENSITY);
                } else {
                    session.back();
                    followSession();
                }
            }
            case SWITCH_SIDE -> {
                session.back();
                followSession();
            }
            case CONFIRM_END -> keepGoing();
            case FINISHED -> dismiss();
            default -> { }
        }
    }

    /** "End routine": asks once before it ends anything; a hold by touch waits meanwhile. */
    public void endRoutine() {
        if (tapCounts() && (screen == Screen.HOLD || screen == Screen.SWITCH_SIDE)) {
            endAskedOn = screen;
            session.touchPause();
            go(Screen.CONFIRM_END);
        }
    }

    /** "Keep going", the question's default: back where it was asked; a hold by touch gets ready again. */
    public void keepGoing() {
        if (tapCounts() && screen == Screen.CONFIRM_END) {
            if (endAskedOn == Screen.HOLD && !isSensorConnected()) {
                session.touchStart();
            }
            go(endAskedOn);
            followSession();
        }
    }

    /** The end confirmed: the finished screen shows what was done. */
    public void confirmEnd() {
        if (tapCounts() && screen == Screen.CONFIRM_END) {
            session.close();
            go(Screen.FINISHED);
        }
    }

    /** Leave a result screen for attract: the end of a session ends the visit, "not safe" does not. */
    public void dismiss() {
        if (tapCounts() && (screen == Screen.FINISHED || screen == Screen.NOT_SAFE)) {
            if (screen == Screen.FINISHED) {
                presence.endVisit();
            }
            go(Screen.ATTRACT);
        }
    }

    /**
     * After a fault outside the flow (a screen that failed to draw, a tick that threw): any
     * routine ends as abandoned, and the idle screen shows, the one place every person can start over.
     */
    public void recover() {
        abandonSession();
        toIdleForTheNextPerson();
    }

    /** The hidden gesture or Ctrl+Shift+S: the PIN pad, from any screen; a routine in progress is abandoned. */
    public void askStaffPin() {
        presence.touched();
        if (screen != Screen.STAFF) {
            abandonSession();
            go(Screen.STAFF_PIN);
        }
    }

    /** The PIN pad accepted the PIN; staff mode opens only from there. */
    public void enterStaff() {
        presence.touched();
        if (screen == Screen.STAFF_PIN) {
            go(Screen.STAFF);
        }
    }

    /** Leave staff mode, or cancel the PIN pad. */
    public void leaveStaff() {
        if (isStaff()) {
            toIdleForTheNextPerson();
        }
    }

    /**
     * Saved settings take effect: the next routine holds for the new targets and counts by the new
     * rule, the idle timeout and card period apply from now. A routine in progress keeps its targets.
     */
    public void retime(FlowTiming next) {
        timing = next;
        attract.retime(next.cardPeriodNanos());
    }

    /**
     * The screen on show has just been drawn in front of the person. The tap guard and the safety
     * list's reading time run from here, so a screen that was slow to appear still gets them in full.
     */
    public void screenShown() {
        presence.shown();
    }

    /** How long until a tap presses the buttons of the screen on show; 0 when it does now. */
    public long nanosUntilTapsCount() {
        return presence.nanosUntilShownFor(timing.tapGuardNanos());
    }

    /** How long until "none of these apply" counts: the safety list's reading time, at least the tap guard. */
    public long nanosUntilConfirmCounts() {
        long reading = screen == Screen.CONTRAINDICATIONS ? timing.safetyReadingNanos() : 0;
        return presence.nanosUntilShownFor(Math.max(timing.tapGuardNanos(), reading));
    }

    /** A tap is activity even when the guard swallows it; whether it presses anything is the guard's. */
    private boolean tapCounts() {
        presence.touched();
        return nanosUntilTapsCount() == 0;
    }

    /** Any touch anywhere: the person is still here. */
    public void activity() {
        presence.touched();
    }

    /** How many times the kiosk went back to the idle screen for the next person; the screens reset the language. */
    public int visitsEnded() {
        return presence.visitsEnded();
    }

    // ---- the roller ----

    public void pressure(boolean on) {
        stillHereUntilNow();
        pressureOn = on;
        if (on) {
            rollerHealth.personSeen();
        }
        if (on && screen == Screen.ATTRACT) {
            // A press invites the person in but never skips the contraindications.
            presence.touched();
            go(Screen.CONTRAINDICATIONS);
            return;
        }
        if (session != null && inRoutine()) {
            // Contact keeps a routine alive; elsewhere someone sitting on the roller is not using the kiosk.
            presence.stillHere();
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
        stillHereUntilNow();
        if (session != null && inRoutine()) {
            session.steadiness(now);
            followSession();
        }
    }

    /** The sensor's link changed; anything but connected means touch, and ends any contact. */
    public void sensorStatus(SensorStatus status) {
        stillHereUntilNow();
        sensorStatus = status;
        if (status != SensorStatus.CONNECTED && pressureOn) {
            pressure(false);
        }
    }

    // ---- time ----

    /** Applies whatever time alone decides; call it from a UI timer and after events. */
    public void tick() {
        long now = clock.nanoTime();
        stillHereUntilNow();
        if (session != null && inRoutine()) {
            session.update();
            followSession();
        }
        long onScreen = now - screenSinceNanos;
        switch (screen) {
            case ATTRACT -> {
                attract.showAt(onScreen);
                if (presence.visiting() && presence.idleNanos() >= timing.idleNanos()) {
                    // Someone chose a language here and left: the next person meets the configured one.
                    presence.endVisit();
                }
                return;
            }
            case FINISHED, NOT_SAFE -> {
                if (onScreen >= timing.resultNanos()) {
                    toIdleForTheNextPerson();
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
        long idleLimit = isStaff() ? STAFF_IDLE_NANOS : timing.idleNanos();
        if (presence.idleNanos() >= idleLimit) {
            abandonSession();
            toIdleForTheNextPerson();
        }
    }

    /**
     * How long until time alone changes what the flow decides: the next attract card, the end of
     * a countdown, a hold or a result screen, or an idle timeout. {@code Long.MAX_VALUE} when only
     * an event can change anything. A {@link #tick} before then changes nothing, so the screens
     * can sleep until then, or until the next event.
     */
    public long nanosUntilDue() {
        long onScreen = clock.nanoTime() - screenSinceNanos;
        long due = switch (screen) {
            case ATTRACT -> attract.nanosToNextCard(onScreen);
            case FINISHED, NOT_SAFE -> timing.resultNanos() - onScreen;
            case SWITCH_SIDE -> timing.switchSideNanos() - onScreen;
            default -> Long.MAX_VALUE;
        };
        if (session != null && inRoutine()) {
            due = Math.min(due, session.nanosUntilChange());
        }
        long idle = presence.idleNanos();
        if (isStaff()) {
            due = Math.min(due, STAFF_IDLE_NANOS - idle);
        } else if (screen == Screen.ATTRACT) {
            if (presence.visiting()) {
                due = Math.min(due, timing.idleNanos() - idle);
            }
        } else if (!keptAlive()) {
            // On the roller in a routine, or with a hold running, the timeout cannot start; that ends with an event or a due hold.
            due = Math.min(due, timing.idleNanos() - idle);
        }
        return Math.max(0, due);
    }

    private boolean isStaff() {
        return screen == Screen.STAFF || screen == Screen.STAFF_PIN;
    }

    private boolean inRoutine() {
        return screen == Screen.HOLD || screen == Screen.SWITCH_SIDE || screen == Screen.CONFIRM_END;
    }

    /** Contact with the roller keeps a routine (and its pauses) alive, and so does a hold counting down. */
    private boolean keptAlive() {
        return pressureOn && inRoutine() || holdInProgress();
    }

    /**
     * While a routine is kept alive, the idle time counts from the moment that ends, whether a tick
     * or an event (getting off, a pause by the sensor) ends it: so ticking only when due decides as
     * ticking all the time would.
     */
    private void stillHereUntilNow() {
        if (keptAlive()) {
            presence.stillHere();
        }
    }

    private boolean holdInProgress() {
        return session != null && screen == Screen.HOLD && session.holdInProgress();
    }

    private void followSession() {
        if (screen == Screen.CONFIRM_END) {
            return;
        }
        if (session.timer() != holdShown && session.phase() == RoutineSession.Phase.HOLDING) {
            // A new hold is a new screen to the person, even where the flow's screen stays the same.
            holdShown = session.timer();
            presence.shown();
            if (!isSensorConnected()) {
                // By touch each hold gets ready by itself: time to get down onto the roller, nothing to tap.
                session.touchStart();
            }
        }
        switch (session.phase()) {
            case HOLDING -> go(Screen.HOLD);
            case BETWEEN -> go(Screen.SWITCH_SIDE);
            case FINISHED -> {
                session.close();
                go(Screen.FINISHED);
            }
        }
    }

    /** A hold timed by touch to its end, with a sensor connected that saw no one: the roller may not see people. */
    private void fromSession(KioskEvent e) {
        if (e instanceof KioskEvent.HoldCompleted && session != null && session.isTouchTimed()
                && isSensorConnected() && !pressureOn) {
            rollerHealth.touchTimedHold();
        }
        events.accept(e);
    }

    private void abandonSession() {
        if (session != null && inRoutine()) {
            session.close();
        }
    }

    /** Back to the idle screen by a timeout or at the end of a session: the next person starts afresh. */
    private void toIdleForTheNextPerson() {
        presence.endVisit();
        go(Screen.ATTRACT);
    }

    private void go(Screen to) {
        if (to == screen) {
            return;
        }
        Screen from = screen;
        screen = to;
        screenSinceNanos = clock.nanoTime();
        presence.shown();
        if (to == Screen.ATTRACT) {
            session = null;
            chosenRoutine = null;
            attract.restart();
        }
        events.accept(new KioskEvent.ScreenChanged(from, to));
        if (to == Screen.ATTRACT) {
            attract.showAt(0);
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
        return attract.shown();
    }

    /** How far the current attract card is through its period, 0 to 1. */
    public double attractCardPhase() {
        return attract.phaseAt(clock.nanoTime() - screenSinceNanos);
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

    /** Whether the roller may be broken, from touch-timed holds it did not see. */
    public RollerHealth rollerHealth() {
        return rollerHealth;
    }

    public FlowTiming timing() {
        return timing;
    }
}
