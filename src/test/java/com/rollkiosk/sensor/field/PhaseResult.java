package com.rollkiosk.sensor.field;

/**
 * How the kiosk did in one phase of one run.
 *
 * @param share          of the judged time, how much had the contact state right; NaN when none was judged
 * @param settleSeconds  from the phase's start until the state was right for the rest of it; infinite if never
 * @param judgedSeconds  the time judged, after grace and silences
 */
public record PhaseResult(Phase phase, double share, double settleSeconds, double judgedSeconds) {

    static PhaseResult notRun(Phase phase) {
        return new PhaseResult(phase, 0, Double.POSITIVE_INFINITY, 0);
    }

    /** A required phase under the bar; a phase with nothing judged passes. */
    public boolean failed() {
        return phase.required() && share < FieldGrace.REQUIRED_SHARE;
    }
}
