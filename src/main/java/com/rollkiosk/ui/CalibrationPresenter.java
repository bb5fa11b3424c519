package com.rollkiosk.ui;

import com.rollkiosk.content.CalibrationWords;
import com.rollkiosk.domain.CalibrationResult;
import com.rollkiosk.domain.CalibrationRun;
import com.rollkiosk.domain.Roller;
import com.rollkiosk.domain.RollerState;
import com.rollkiosk.domain.Steadiness;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The roller calibration wizard's logic: the empty roller, then someone lying still on it, measured
 * by the same {@link CalibrationRun} as the {@code calibrate} command; then a test on the live
 * gauge with the new levels, and Save. Readings reach it only through {@link #poll()}, on the event
 * thread, drained from the wiring's queue; their own timestamps time the measuring, so it is
 * tested without a window and without waiting.
 *
 * <p>Nothing is saved until Save: a refused calibration, Start again, or leaving the section
 * keeps the old one.
 */
public final class CalibrationPresenter implements PolledSection.Logic<CalibrationPresenter.Model> {

    /** How long each measurement takes, in sensor time, as {@code calibrate}'s defaults. */
    static final long MEASURE_NANOS = 5_000_000_000L;
    /** Time to get onto the roller after pressing Start; after it, whatever is there is measured. */
    static final long GET_ON_NANOS = 60_000_000_000L;

    public enum Step {
        NO_SENSOR, EMPTY, MEASURING_EMPTY, LOADED, WAITING_FOR_LOAD, SETTLING, MEASURING_LOADED, TEST, REFUSED,
        SAVING, SAVED, SAVE_FAILED
    }

    /**
     * What the wizard shows.
     *
     * @param step      where staff are
     * @param title     the section's heading
     * @param line      the step's instruction, or what went wrong
     * @param hint      a line under it: what to do, the levels, or why refused; empty for none
     * @param progress  the measurement under way, in whole percent, or -1 when none is
     * @param contact   the words under the gauge: contact or not, by the levels on show
     * @param inContact the gauge sees someone: the contact words in green
     * @param primary   the big button's words, or null for none
     * @param secondary the second button's words, or null for none
     */
    public record Model(Step step, String title, String line, String hint, int progress, String contact,
                        boolean inContact, String primary, String secondary) {
    }

    private static final Roller.Events IGNORED = new Roller.Events() {
        @Override
        public void contactOn(long tNanos, double value) {
        }

        @Override
        public void contactOff(long tNanos, double value) {
        }

        @Override
        public void steadiness(long tNanos, Steadiness steadiness) {
        }
    };

    private final RollerCalibration roller;
    private final Supplier<CalibrationWords> words;
    private final Supplier<Numbers> numbers;
    private Step step = Step.EMPTY;
    private CalibrationRun run;
    private CalibrationResult.Calibrated candidate;
    private CalibrationResult.Why refusal;
    private Roller trial;
    private String saveProblem;
    private final Executor saves;
    private final UiExecutor ui;
    /** Counts restarts: a save's answer that comes after one speaks for nothing on show. */
    private int restarts;

    /** Saving in line: for tests of the steps, and the preview. */
    public CalibrationPresenter(RollerCalibration roller, Supplier<CalibrationWords> words, Supplier<Numbers> numbers) {
        this(roller, words, numbers, Runnable::run, Runnable::run);
    }

    /**
     * @param numbers how the language on show writes the levels
     * @param saves   where the slow save runs
     * @param ui      how its answer comes back to the event thread
     */
    public CalibrationPresenter(RollerCalibration roller, Supplier<CalibrationWords> words, Supplier<Numbers> numbers,
                                Executor saves, UiExecutor ui) {
        this.roller = roller;
        this.words = words;
        this.numbers = numbers;
        this.saves = saves;
        this.ui = ui;
    }

    /** The section was opened: a fresh start, readings kept for the gauge and measuring. */
    @Override
    public void enter() {
        restart();
        roller.listen();
        poll();
    }

    /** The section was left: readings no longer kept, anything unsaved dropped. */
    @Override
    public void leave() {
        roller.stopListening();
        restart();
    }

    /** Takes the readings that arrived since the last poll; call often while the section shows. */
    @Override
    public void poll() {
        if (!roller.connected()) {
            if (step != Step.NO_SENSOR) {
                restart();
                step = Step.NO_SENSOR;
            }
            roller.drain((t, v) -> { });
            return;
        }
        if (step == Step.NO_SENSOR) {
            step = Step.EMPTY;
        }
        roller.drain(this::reading);
    }

    private void reading(long tNanos, double value) {
        if (run != null) {
            run.feed(tNanos, value);
            follow();
        }
        if (trial != null) {
            trial.feed(tNanos, value, IGNORED);
        }
    }

    /** Moves the wizard on as the run does. */
    private void follow() {
        switch (run.phase()) {
            case EMPTY_MEASURED -> step = Step.LOADED;
            case WAITING_FOR_LOAD -> step = Step.WAITING_FOR_LOAD;
            case SETTLING -> step = Step.SETTLING;
            case MEASURING_LOADED -> step = Step.MEASURING_LOADED;
            case DONE -> finish(run.result());
            default -> {
            }
        }
    }

    private void finish(CalibrationResult result) {
        run = null;
        if (result instanceof CalibrationResult.Calibrated c) {
            candidate = c;
            trial = new Roller(roller.settings().withCalibration(c));
            step = Step.TEST;
        } else {
            refusal = ((CalibrationResult.Refused) result).why();
            step = Step.REFUSED;
        }
    }

    /** The big button. */
    public void primary() {
        switch (step) {
            case EMPTY -> {
                run = new CalibrationRun(MEASURE_NANOS, MEASURE_NANOS, GET_ON_NANOS);
                run.measureEmpty();
                step = Step.MEASURING_EMPTY;
            }
            case LOADED -> {
                run.measureLoaded();
                step = Step.WAITING_FOR_LOAD;
            }
            case TEST, SAVE_FAILED -> save();
            case REFUSED, SAVED -> restart();
            default -> {
            }
        }
    }

    /** The second button: start again, from any step but the first. */
    public void secondary() {
        restart();
    }

    /** Saves off the event thread, "Saving…" on show meanwhile; the answer comes back through {@code ui}. */
    private void save() {
        CalibrationResult.Calibrated saving = candidate;
        int at = restarts;
        step = Step.SAVING;
        saves.execute(() -> {
            Optional<String> problem;
            try {
                problem = roller.save(saving);
            } catch (RuntimeException e) {
                problem = Optional.of(String.valueOf(e.getMessage()));
            }
            Optional<String> answer = problem;
            ui.execute(() -> saved(at, answer));
        });
    }

    private void saved(int at, Optional<String> problem) {
        if (at != restarts || step != Step.SAVING) {
            return;
        }
        if (problem.isPresent()) {
            saveProblem = problem.get();
            step = Step.SAVE_FAILED;
        } else {
            step = Step.SAVED;
        }
    }

    private void restart() {
        restarts++;
        run = null;
        candidate = null;
        refusal = null;
        trial = null;
        saveProblem = null;
        step = roller.connected() ? Step.EMPTY : Step.NO_SENSOR;
    }

    public Step step() {
        return step;
    }

    /** The levels the wizard found, until saved or dropped; null before. */
    public CalibrationResult.Calibrated candidate() {
        return candidate;
    }

    /**
     * The gauge: the new levels once measured, so the test shows what they would detect; before
     * that, what the running kiosk detects now.
     */
    public HoldPresenter.Gauge gauge() {
        RollerState r = trial != null ? trial.state() : roller.connected() ? roller.current() : null;
        if (r == null || r.learning()) {
            return new HoldPresenter.Gauge(0, 0, 0, false);
        }
        return new HoldPresenter.Gauge(hundredths(r.level()), hundredths(r.offMark()), hundredths(r.onMark()),
                r.contact());
    }

    @Override
    public Model model() {
        CalibrationWords w = words.get();
        boolean on = gauge().contact();
        String contact = on ? w.contact() : w.noContact();
        return switch (step) {
            case NO_SENSOR -> new Model(step, w.title(), w.noSensor(), "", -1, "", false, null, null);
            case EMPTY -> model(w.emptyStep(), w.emptyHint(), -1, contact, on, w.measure(), null);
            case MEASURING_EMPTY -> model(w.emptyStep(), w.measuringEmpty(), percent(), contact, on, null, w.again());
            case LOADED -> model(w.loadedStep(), w.loadedHint(), -1, contact, on, w.start(), w.again());
            case WAITING_FOR_LOAD -> model(w.loadedStep(), w.waitingForLoad(), -1, contact, on, null, w.again());
            case SETTLING -> model(w.loadedStep(), w.settling(), -1, contact, on, null, w.again());
            case MEASURING_LOADED -> model(w.loadedStep(), w.measuringLoaded(), percent(), contact, on, null, w.again());
            case TEST -> model(w.testStep(), w.testHint() + " " + levels(w), -1, contact, on, w.save(), w.again());
            case REFUSED -> model(w.refused(), because(w), -1, contact, on, w.again(), null);
            case SAVING -> model(w.saving(), levels(w), -1, contact, on, null, null);
            case SAVED -> model(w.saved(), levels(w), -1, contact, on, w.again(), null);
            case SAVE_FAILED -> model(w.saveFailed().replace("{reason}", saveProblem), levels(w), -1, contact, on,
                    w.save(), w.again());
        };
    }

    private Model model(String line, String hint, int progress, String contact, boolean on, String primary,
                        String secondary) {
        return new Model(step, words.get().title(), line, hint, progress, contact, on, primary, secondary);
    }

    private int percent() {
        return run == null ? -1 : (int) Math.floor(run.progress() * 100);
    }

    private String levels(CalibrationWords w) {
        CalibrationResult.Calibrated c = candidate;
        Numbers n = numbers.get();
        return w.levels().replace("{empty}", n.reading(c.baseline())).replace("{noise}", n.reading(c.noise()))
                .replace("{loaded}", n.reading(c.loadedLevel())).replace("{on}", n.reading(c.onThreshold()))
                .replace("{off}", n.reading(c.offThreshold()));
    }

    private String because(CalibrationWords w) {
        return because(w.because(), refusal);
    }

    /** Why a calibration was refused, in one sentence staff can act on; also for {@code calibrate}. */
    public static String because(CalibrationWords.Because b, CalibrationResult.Why refusal) {
        return switch (refusal) {
            case TOO_FEW_EMPTY -> b.tooFewEmpty();
            case TOO_FEW_LOADED -> b.tooFewLoaded();
            case NOT_NUMBERS -> b.notNumbers();
            case CANNOT_TELL_APART -> b.cannotTellApart();
            case NOT_STILL -> b.notStill();
        };
    }

    private static double hundredths(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
