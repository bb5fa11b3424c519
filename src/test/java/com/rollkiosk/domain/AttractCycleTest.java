package com.rollkiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttractCycleTest {

    private static final long SECOND = 1_000_000_000L;
    private final AttractCycle cycle = new AttractCycle(9, 8 * SECOND);

    @Test
    void eachCardShowsForOnePeriod() {
        assertThat(cycle.cardAt(0)).isZero();
        assertThat(cycle.cardAt(8 * SECOND - 1)).isZero();
        assertThat(cycle.cardAt(8 * SECOND)).isEqualTo(1);
    }

    @Test
    void afterTheLastCardTheCycleStartsAgain() {
        assertThat(cycle.cardAt(9 * 8 * SECOND)).isZero();
        assertThat(cycle.cardAt(10 * 8 * SECOND + 3 * SECOND)).isEqualTo(1);
    }

    @Test
    void phaseTellsHowFarThroughItsPeriodACardIs() {
        assertThat(cycle.phaseAt(2 * SECOND)).isEqualTo(0.25);
    }
}
