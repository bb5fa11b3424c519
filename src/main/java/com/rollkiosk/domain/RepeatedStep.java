package com.rollkiosk.domain;

import java.util.function.Consumer;

/**
 * Guards a step that repeats, such as the screens' five-a-second tick: a step that keeps failing
 * is reported once and recovered from once, instead of at every repeat (or, thrown out of a Swing
 * timer, stopping it for good). Once a step succeeds again, the next failure counts as a new one. A
 * recovery that itself fails is reported too. Not thread-safe: one caller.
 */
public final class RepeatedStep {

    private final Consumer<RuntimeException> report;
    private final Runnable recover;
    private boolean failing;

    /**
     * @param report  told of the first failure of a run of failures
     * @param recover run once after that first failure
     */
    public RepeatedStep(Consumer<RuntimeException> report, Runnable recover) {
        this.report = report;
        this.recover = recover;
    }

    public void run(Runnable step) {
        try {
            step.run();
            failing = false;
        } catch (RuntimeException e) {
            if (failing) {
                return;
            }
            failing = true;
            report.accept(e);
            try {
                recover.run();
            } catch (RuntimeException again) {
                report.accept(again);
            }
        }
    }
}
