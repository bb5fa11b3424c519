package com.rollkiosk.ui;

import com.rollkiosk.content.Region;
import com.rollkiosk.domain.HoldCounting;
import com.rollkiosk.domain.HoldTimer;
import com.rollkiosk.domain.RollerState;
import com.rollkiosk.domain.RoutineSession;
import com.rollkiosk.domain.Side;
import com.rollkiosk.domain.Steadiness;
import com.rollkiosk.domain.Step;

import java.util.List;

/**
 * The hold screen's logic: which region and side, how to do it, what the person should do now,
 * and the ring timer's state. Works with a sensor (press and release drive the timer) or by touch
 * (Start and Pause, with a get-ready countdown).
 */
public final class HoldPresenter extends Presenter<HoldPresenter.Model, HoldPresenter.View> {

    /** The big button: none when the sensor drives the timer. */
    public enum Primary { NONE, START, PAUSE, RESUME }

    /** What the sensor says about how the person holds: praise, a kind correction, or nothing. */
    public enum Coaching { NONE, STEADY, ROLLING }

    /**
     * @param coaching  how the prompt is to be read: as coaching (coloured) or plain
     * @param countRule with a sensor, which counting rule is in force; null by touch
     */
    public record Model(String regionId, String regionName, Side side, String stepLabel, List<String> steps,
                        String prompt, HoldTimer.State state, Primary primary, boolean warning,
                        Coaching coaching, String countRule) {
    }

    /** The pressure gauge: the smoothed level and the contact band, as fractions of the full scale. */
    public record Gauge(double level, double offMark, double onMark, boolean contact) {
        static final Gauge EMPTY = new Gauge(0, 0, 0, false);
    }

    /** What the ring shows; digits are the hold's seconds left, or the get-ready countdown. */
    public record Ring(double progress, int digits, HoldTimer.State state, boolean warning, String caption) {
    }

    public interface View {
        void showHold(Model model);
    }

    static final String STAY = "Stay still on a tender spot";
    static final String GET_IN_POSITION = "Get in position";
    static final String LIFT_OFF = "Lift off the roller, then lie back on to start";

    private final Cues cues;
    private HoldTimer cuedTimer;

    public HoldPresenter(Kiosk kiosk, Cues cues) {
        super(kiosk);
        this.cues = cues;
    }

    private RoutineSession session() {
        return kiosk.flow().session();
    }

    private boolean sensor() {
        return kiosk.flow().isSensorConnected();
    }

    @Override
    protected Model model() {
        RoutineSession s = session();
        Step step = s.currentStep();
        Region region = kiosk.content().region(step.regionId()).orElseThrow();
        HoldTimer.State state = s.timer().state();
        Coaching coaching = coaching(s, state);
        return new Model(region.id(), region.name(), step.side(),
                "Step " + (s.currentIndex() + 1) + " of " + s.steps().size(), region.steps(),
                coaching == Coaching.NONE ? prompt(s, state) : coachingWords(coaching), state, primary(state),
                warning(s.timer()), coaching, countRule(s));
    }

    /** Coaching shows only while the sensor sees someone on the roller, counting towards a hold. */
    private Coaching coaching(RoutineSession s, HoldTimer.State state) {
        if (!sensor() || !s.isPressureOn() || !s.isArmed() || state == HoldTimer.State.COMPLETE) {
            return Coaching.NONE;
        }
        Steadiness steadiness = s.steadiness();
        if (steadiness == Steadiness.ROLLING) {
            return Coaching.ROLLING;
        }
        return steadiness == Steadiness.STEADY ? Coaching.STEADY : Coaching.NONE;
    }

    private String coachingWords(Coaching coaching) {
        var guide = kiosk.content().guide();
        return coaching == Coaching.ROLLING ? guide.coachRolling() : guide.coachSteady();
    }

    private String countRule(RoutineSession s) {
        if (!sensor()) {
            return null;
        }
        var guide = kiosk.content().guide();
        return s.counting() == HoldCounting.STEADY ? guide.countsWhenSteady() : guide.countsOnContact();
    }

    public String pressureLabel() {
        return kiosk.content().guide().pressure();
    }

    /** The gauge now; read by the gauge on its own repaint timer. */
    public Gauge gauge() {
        RollerState r = kiosk.roller().get();
        if (r == null || r.learning()) {
            return Gauge.EMPTY;
        }
        return new Gauge(round(r.level()), round(r.offMark()), round(r.onMark()), r.contact());
    }

    /** To the gauge's resolution, so a reading that moved by a hair does not repaint. */
    private static double round(double fraction) {
        return Math.round(fraction * 200) / 200.0;
    }

    private String prompt(RoutineSession s, HoldTimer.State state) {
        var guide = kiosk.content().guide();
        return switch (state) {
            case READY -> sensor() ? (s.isArmed() ? guide.holdOnSensor() : LIFT_OFF) : guide.holdByTouch();
            case GET_READY -> GET_IN_POSITION;
            case RUNNING, COMPLETE -> STAY;
            case PAUSED -> guide.holdPaused();
        };
    }

    private Primary primary(HoldTimer.State state) {
        if (sensor()) {
            return Primary.NONE;
        }
        return switch (state) {
            case READY -> Primary.START;
            case GET_READY, RUNNING -> Primary.PAUSE;
            case PAUSED -> Primary.RESUME;
            case COMPLETE -> Primary.NONE;
        };
    }

    private boolean warning(HoldTimer timer) {
        return timer.state() == HoldTimer.State.RUNNING
                && timer.remainingSecondsShown() <= kiosk.config().hold().warningSeconds();
    }

    /** The ring timer's state now; read by the ring on its own repaint timer. */
    public Ring ring() {
        RoutineSession s = session();
        if (s == null) {
            return new Ring(0, 0, HoldTimer.State.READY, false, "");
        }
        HoldTimer t = s.timer();
        HoldTimer.State state = t.state();
        boolean warning = warning(t);
        int digits = state == HoldTimer.State.GET_READY ? t.getReadySecondsShown() : t.remainingSecondsShown();
        double progress = Math.round(t.progress() * 1000) / 1000.0;
        return new Ring(progress, digits, state, warning, caption(state, warning));
    }

    private static String caption(HoldTimer.State state, boolean warning) {
        return switch (state) {
            case READY -> "SECONDS";
            case GET_READY -> "GET READY";
            case RUNNING -> warning ? "ALMOST DONE" : "HOLD";
            case PAUSED -> "PAUSED";
            case COMPLETE -> "DONE";
        };
    }

    /** Also sounds the cue once when a hold enters its last seconds. */
    @Override
    public void render() {
        super.render();
        RoutineSession s = session();
        if (s != null && warning(s.timer()) && cuedTimer != s.timer()) {
            cuedTimer = s.timer();
            cues.warning();
        }
    }

    @Override
    protected void show(Model model) {
        view.showHold(model);
    }

    /** The big button: Start, Resume or Pause, whichever the view showed. */
    public void primary() {
        HoldTimer.State state = session().timer().state();
        if (state == HoldTimer.State.RUNNING || state == HoldTimer.State.GET_READY) {
            kiosk.act(f -> f.holdPause());
        } else {
            kiosk.act(f -> f.holdStart());
        }
    }

    public void skip() {
        kiosk.act(f -> f.skip());
    }

    public void back() {
        kiosk.act(f -> f.back());
    }

    public void end() {
        kiosk.act(f -> f.endRoutine());
    }

    @Override
    public void escape() {
        back();
    }
}
