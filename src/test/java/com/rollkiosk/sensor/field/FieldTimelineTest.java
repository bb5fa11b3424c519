package com.rollkiosk.sensor.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The field suite's judge: what counts as right, and what the grace and the board's silences leave out. */
class FieldTimelineTest {

    private static final long S = 1_000_000_000L;
    private static final long T0 = EmulatedClock.ORIGIN;

    /** Ten seconds empty, then ten with somebody on, on a board that was silent for its first two. */
    private static FieldTimeline emptyThenPerson() {
        Scenario scenario = Scenario.named("judge")
                .phase("empty", 10)
                .getOn(Person.weighing(30, new Random(1))).phase("person on", 10)
                .build();
        FieldTimeline timeline = new FieldTimeline(scenario);
        timeline.started(T0);
        timeline.phaseStarts(0, T0);
        timeline.phaseStarts(1, T0 + 10 * S);
        timeline.ended(T0 + 20 * S);
        timeline.silent(T0, T0 + 2 * S);
        return timeline;
    }

    @Test
    void contactThatFollowsThePersonWithinTheGraceIsRightThroughout() {
        FieldTimeline timeline = emptyThenPerson();
        timeline.contact(T0 + 11 * S, true);

        assertThat(timeline.score(0).share()).isEqualTo(1.0);
        PhaseResult on = timeline.score(1);
        assertThat(on.share()).isEqualTo(1.0);
        assertThat(on.settleSeconds()).isCloseTo(1.0, within(0.02));
        assertThat(on.failed()).isFalse();
    }

    @Test
    void theSilenceAndTheGraceAfterItAreNotJudged() {
        FieldTimeline timeline = emptyThenPerson();
        // Wrongly on while the board was silent and just after: left out.
        timeline.contact(T0 + S, true);
        timeline.contact(T0 + 3 * S, false);

        PhaseResult empty = timeline.score(0);
        assertThat(empty.share()).isEqualTo(1.0);
        assertThat(empty.judgedSeconds()).isCloseTo(10 - 2 - FieldGrace.TRANSITION_SECONDS, within(0.02));
    }

    @Test
    void aContactThatNeverComesFailsTheRequiredPhase() {
        FieldTimeline timeline = emptyThenPerson();

        PhaseResult on = timeline.score(1);
        assertThat(on.share()).isZero();
        assertThat(on.settleSeconds()).isInfinite();
        assertThat(on.failed()).isTrue();
    }

    @Test
    void aLateContactCountsOnlyForTheTimeItWasRight() {
        FieldTimeline timeline = emptyThenPerson();
        timeline.contact(T0 + 15 * S, true);

        PhaseResult on = timeline.score(1);
        double judged = 10 - FieldGrace.TRANSITION_SECONDS;
        assertThat(on.share()).isCloseTo(5 / judged, within(0.01));
        assertThat(on.failed()).isTrue();
        // A sketch's own latency widens the grace: the judged time shrinks, the right time stays.
        assertThat(timeline.score(1, 1.6).judgedSeconds()).isCloseTo(judged - 1.6, within(0.02));
    }

    @Test
    void theFirstContactIsTimedFromTheFirstReading() {
        FieldTimeline timeline = emptyThenPerson();
        timeline.contact(T0 + 2 * S + S / 2, true);

        assertThat(timeline.secondsFromFirstReadingToContact()).isCloseTo(0.5, within(0.001));
    }
}
