package com.rollkiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The automatic zero's edges: what reads as an ADC's rail, how long it must hold, the sensor's resolution. */
class RollerEdgesTest {

    private static final long MS = 1_000_000L;
    private final Roller roller = new Roller(RollerSettings.automatic(150, 700));
    private final List<String> seen = new ArrayList<>();
    private final Roller.Events out = new Roller.Events() {
        @Override
        public void contactOn(long tNanos, double value) {
            seen.add("on");
        }

        @Override
        public void contactOff(long tNanos, double value) {
            seen.add("off");
        }

        @Override
        public void steadiness(long tNanos, Steadiness steadiness) {
            seen.add(steadiness.name());
        }
    };

    /** Feeds {@code value} every 20 ms from {@code fromMs} up to and including {@code toMs}. */
    private void hold(double value, long fromMs, long toMs) {
        for (long t = fromMs; t <= toMs; t += 20) {
            roller.feed(t * MS, value, out);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "255, true", "1023, true", "4095, true", "8388607, true", "-128, true", "-8388608, true",
        "254, false", "127, false", "1022, false", "1024, false", "-127, false", "-129, false", "-256, true",
        "1023.5, false", "0, false", "-1, false", "2199023255551, false",
    })
    void railsAreTheTopsAndBottomsOfBinaryConverters(double value, boolean rail) {
        assertThat(Roller.isRail(value)).isEqualTo(rail);
    }

    @Test
    void aReadingStuckAtARailIsSaturatedAfterTwoSecondsNotBefore() {
        hold(1023, 0, 1980);
        assertThat(roller.state().saturated()).isFalse();

        hold(1023, 2000, 2000);
        assertThat(roller.state().saturated()).isTrue();

        hold(1022, 2020, 2020);
        assertThat(roller.state().saturated()).as("a change ends it").isFalse();
    }

    @Test
    void aReadingStuckAnywhereElseIsNotSaturated() {
        hold(600, 0, 5000);
        assertThat(roller.state().saturated()).isFalse();
    }

    @Test
    void thresholdsOfANoiselessSensorAreStepsOfItsResolution() {
        hold(12.34, 0, 1500);

        RollerState state = roller.state();
        assertThat(state.learning()).isFalse();
        assertThat(state.zero()).isCloseTo(12.34, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(state.onLevel()).isCloseTo(Roller.ON_QUANTA * 0.01, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(state.offLevel()).isCloseTo(Roller.OFF_QUANTA * 0.01, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(state.fullScale()).isCloseTo(Roller.GUESSED_FULL_SCALE * Roller.ON_QUANTA * 0.01,
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void wholeCountsHaveAResolutionOfOne() {
        hold(512, 0, 1500);

        assertThat(roller.state().onLevel()).isEqualTo(Roller.ON_QUANTA);
        assertThat(roller.state().offLevel()).isEqualTo(Roller.OFF_QUANTA);
    }

    @Test
    void resetForgetsTheLearnedLevelAndLearnsAgain() {
        hold(512, 0, 1500);
        roller.reset();

        assertThat(roller.state().learning()).isTrue();
        hold(100, 2000, 3500);
        assertThat(roller.state().zero()).isEqualTo(100);
        assertThat(roller.state().saturated()).isFalse();
        assertThat(seen).isEmpty();
    }
}
