package com.rollkiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CasesTest {

    @AfterEach
    void forgetTheSeed() {
        System.clearProperty(Cases.SEED_PROPERTY);
    }

    @Test
    void aFailureNamesItsSeedAndCase() {
        System.setProperty(Cases.SEED_PROPERTY, "42");

        assertThatThrownBy(() -> Cases.check(10, c -> assertThat(c.between(0, 9)).isLessThan(0)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("case 1 of 10")
                .hasMessageContaining("seed 42")
                .hasMessageContaining("-Drollkiosk.seed=42");
    }

    @Test
    void theSameSeedReplaysTheSameCases() {
        System.setProperty(Cases.SEED_PROPERTY, "7");
        List<Integer> first = new ArrayList<>();
        Cases.check(50, c -> first.add(c.anyInt()));
        List<Integer> second = new ArrayList<>();
        Cases.check(50, c -> second.add(c.anyInt()));

        assertThat(second).hasSize(50).isEqualTo(first);
    }

    @Test
    void everyCaseRunsAndDrawsStayInTheirBounds() {
        int[] runs = {0};
        Cases.check(1000, c -> {
            runs[0]++;
            assertThat(c.between(-3, 5)).isBetween(-3, 5);
            assertThat(c.list(1, 4, () -> 0)).hasSizeBetween(1, 4);
            assertThat(c.bytes(7).length).isBetween(0, 7);
        });
        assertThat(runs[0]).isEqualTo(1000);
    }
}
