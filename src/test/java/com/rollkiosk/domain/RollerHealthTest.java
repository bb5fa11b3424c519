package com.rollkiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RollerHealthTest {

    private final RollerHealth health = new RollerHealth(3);

    @Test
    void threeTouchTimedHoldsWithoutAPersonFlagTheRoller() {
        health.touchTimedHold();
        health.touchTimedHold();
        assertThat(health.mayBeBroken()).isFalse();

        health.touchTimedHold();

        assertThat(health.mayBeBroken()).isTrue();
        assertThat(health.holdsWithoutPerson()).isEqualTo(3);
    }

    @Test
    void aContactClearsTheCountAndTheFlag() {
        for (int i = 0; i < 4; i++) {
            health.touchTimedHold();
        }

        health.personSeen();

        assertThat(health.mayBeBroken()).isFalse();
        assertThat(health.holdsWithoutPerson()).isZero();
    }

    @Test
    void holdsOnlyCountInARowSinceTheLastContact() {
        health.touchTimedHold();
        health.touchTimedHold();
        health.personSeen();
        health.touchTimedHold();
        health.touchTimedHold();

        assertThat(health.mayBeBroken()).isFalse();
    }
}
