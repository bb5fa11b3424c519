package com.rollkiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StuckReadingTest {

    private static final long SECOND = 1_000_000_000L;
    private final StuckReading stuck = new StuckReading(60 * SECOND);

    @Test
    void oneExactValueForAMinuteIsStuckAndSaidOnce() {
        int said = 0;
        for (long t = 0; t <= 90 * SECOND; t += SECOND / 50) {
            said += stuck.feed(t, 0) ? 1 : 0;
        }

        assertThat(stuck.stuck()).isTrue();
        assertThat(stuck.value()).isZero();
        assertThat(said).isEqualTo(1);
    }

    @Test
    void aLiveLoadCellThatMovesByOneCountIsNeverStuck() {
        for (long t = 0, i = 0; t <= 300 * SECOND; t += SECOND / 10, i++) {
            stuck.feed(t, 8_400_000 + (i % 37 == 0 ? 1 : 0));
        }

        assertThat(stuck.stuck()).isFalse();
    }

    @Test
    void oneDifferentReadingClearsIt() {
        for (long t = 0; t <= 61 * SECOND; t += SECOND) {
            stuck.feed(t, 0);
        }
        assertThat(stuck.stuck()).isTrue();

        stuck.feed(62 * SECOND, 3);

        assertThat(stuck.stuck()).isFalse();
    }

    @Test
    void aNewConnectionStartsTheMinuteAfresh() {
        for (long t = 0; t <= 50 * SECOND; t += SECOND) {
            stuck.feed(t, 0);
        }
        stuck.reset();
        for (long t = 51 * SECOND; t <= 100 * SECOND; t += SECOND) {
            stuck.feed(t, 0);
        }

        assertThat(stuck.stuck()).isFalse();
    }
}
