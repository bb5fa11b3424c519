package com.rollkiosk.ui;

import com.rollkiosk.content.Guide;
import com.rollkiosk.content.Region;
import com.rollkiosk.domain.HoldCounting;
import com.rollkiosk.domain.HoldTimer;
import com.rollkiosk.domain.Intensity;
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

    /** The big button: none while the sensor times the hold; touch can always start one. */
    public enum Primary { NONE, START, PAUSE, RESUME }

    /** What the sensor says about how the person holds: praise, a kind correction, or nothing. */
    public enum Coaching { NONE, STEADY, ROLLING }

    /**
     * @param sideLabel      the side badge's words, empty for a region without sides
     * @param intensity      the intensity chosen, as the hold screen names it
     * @param why            why a runner rolls this region, in the guide's meaning
     * @param primaryLabel   the big button's words, for {@code primary}
     * @param coaching       how the prompt is to be read: as coaching (coloured) or plain
     * @param countRule      with a sensor, which counting rule is in force; null by touch
     * @param pressureLabel  the pressure gauge's label
     */
    public record Model(String regionId, String regionName, Side side, String sideLabel, String stepLabel,
                        String intensity, List<String> steps, String prompt, String whyLabel, String why,
                        HoldTimer.State state, Primary primary, String primaryLabel, Buttons buttons,
                        boolean warning, Coaching coaching, String countRule,
                        String pressureLabel) {
    }

    /** The words on the row of secondary buttons. */
    public record Buttons(String back, String skip, String end) {
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
        Guide guide = kiosk.content().guide();
        Guide.Hold words = guide.hold();
        HoldTimer.State state = s.timer().state();
        Guide.Intensity intensity = s.intensity() == Intensity.MAXIMAL
                ? guide.intensity().maximal() : guide.intensity().minimal();
        Primary primary = primary(state);
        Coaching coaching = coaching(s, state);
        return new Model(region.id(), region.name(), step.side(), RoutineNames.badge(guide, step.side()),
                Guide.fill(words.step(), "step", s.currentIndex() + 1, "steps", s.steps().size()),
                intensity.onHold(), region.stepsFor(s.intensity() == Intensity.MAXIMAL),
                coaching == Coaching.NONE ? prompt(words, region, s, state) : coachingWords(words, coaching),
                words.why(), region.why(), state, primary, primaryLabel(words, primary),
                new Buttons(guide.back(), words.skip(), words.end()), warning(s.timer()), coaching, countRule(words, s),
                words.pressure());
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

    private static String coachingWords(Guide.Hold words, Coaching coaching) {
        return coaching == Coaching.ROLLING ? words.coachRolling() : words.coachSteady();
    }

    private String countRule(Guide.Hold words, RoutineSession s) {
        if (!sensor()) {
            return null;
        }
        return s.counting() == HoldCounting.STEADY ? words.countsWhenSteady() : words.countsOnContact();
    }

    /** The gauge's label in the language on show. */
    public String pressureLabel() {
        return kiosk.content().guide().hold().pressure();
    }

    /** The words under the gauge's marks, in the language on show. */
    public com.rollkiosk.content.Guide.SensorMarks gaugeMarks() {
        return kiosk.content().guide().sensor();
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

    private String prompt(Guide.Hold words, Region region, RoutineSession s, HoldTimer.State state) {
        return switch (state) {
            case READY -> sensor()
                    ? (s.isArmed() ? words.onSensor() : words.liftOff()).forPosition(region.position())
                    : words.byTouch();
            case GET_READY -> words.getReady();
            case RUNNING, COMPLETE -> words.holding();
            case PAUSED -> sensor() ? words.paused() : words.pausedByTouch();
        };
    }

    private static String primaryLabel(Guide.Hold words, Primary primary) {
        return switch (primary) {
            case START, NONE -> words.start();
            case RESUME -> words.resume();
            case PAUSE -> words.pause();
        };
    }

    private Primary primary(HoldTimer.State state) {
        boolean sensorTimes = sensor() && !session().isTouchTimed();
        return switch (state) {
            case READY -> Primary.START;
            case GET_READY, RUNNING -> sensorTimes ? Primary.NONE : Primary.PAUSE;
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
        return new Ring(progress, digits, state, warning, caption(kiosk.content().guide().hold().ring(), state, warning));
    }

    private static String caption(Guide.Ring words, HoldTimer.State state, boolean warning) {
        return switch (state) {
            case READY -> words.waiting();
            case GET_READY -> words.getReady();
            case RUNNING -> warning ? words.lastSeconds() : words.holding();
            case PAUSED -> words.paused();
            case COMPLETE -> words.done();
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

    /** A tap anywhere else on the screen: by touch, the same as the big button, so one tap from the floor pauses. */
    public void screenTapped() {
        if (!sensor() && session() != null && session().timer().state() != HoldTimer.State.COMPLETE) {
            primary();
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
