package com.rollkiosk.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void waitsDoubleUpToTheCeilingAndStayThere() {
        Backoff backoff = new Backoff(250, 1000);

        assertThat(new long[] {backoff.next(), backoff.next(), backoff.next(), backoff.next(), backoff.next()})
                .containsExactly(250, 500, 1000, 1000, 1000);
    }

    @Test
    void resetStartsFromTheShortestWaitAgain() {
        Backoff backoff = new Backoff(250, 10_000);
        backoff.next();
        backoff.next();

        backoff.reset();

        assertThat(backoff.next()).isEqualTo(250);
    }
}
