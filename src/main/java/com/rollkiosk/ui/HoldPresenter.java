package com.rollkiosk.ui;

import com.rollkiosk.content.Region;
import com.rollkiosk.domain.HoldTimer;
import com.rollkiosk.domain.RoutineSession;
import com.rollkiosk.domain.Side;
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

    public record Model(String regionId, String regionName, Side side, String stepLabel, List<String> steps,
                        String prompt, HoldTimer.State state, Primary primary, boolean warning) {
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
        return new Model(region.id(), region.name(), step.side(),
                "Step " + (s.currentIndex() + 1) + " of " + s.steps().size(), region.steps(),
                prompt(s, state), state, primary(state), warning(s.timer()));
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
