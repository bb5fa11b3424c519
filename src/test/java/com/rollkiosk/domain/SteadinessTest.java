package com.rollkiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Holding, rolling and shifting told apart on sensors from 10 Hz to 1 kHz, with no calibration. */
class SteadinessTest {

    /** How long each class was in force while someone was on the roller, as fractions of the contact time. */
    static Map<Steadiness, Double> shares(RecordingEvents events, long fromNanos, long toNanos) {
        Map<Steadiness, Double> shares = new EnumMap<>(Steadiness.class);
        Steadiness current = null;
        long since = fromNanos;
        for (RecordingEvents.Event e : events.events) {
            long t = Math.min(Math.max(e.tNanos(), fromNanos), toNanos);
            if (current != null) {
                shares.merge(current, (double) (t - since), Double::sum);
            }
            since = t;
            current = switch (e.what()) {
                case "steady" -> Steadiness.STEADY;
                case "rolling" -> Steadiness.ROLLING;
                case "shifting" -> Steadiness.SHIFTING;
                default -> null;
            };
        }
        if (current != null) {
            shares.merge(current, (double) (toNanos - since), Double::sum);
        }
        shares.replaceAll((k, v) -> v / (toNanos - fromNanos));
        return shares;
    }

    private static long contactStart(RecordingEvents events) {
        return events.events.stream().filter(e -> e.what().equals("on")).findFirst().orElseThrow().tNanos();
    }

    private static long contactEnd(RecordingEvents events) {
        return events.events.stream().filter(e -> e.what().equals("off")).findFirst().orElseThrow().tNanos();
    }

    @ParameterizedTest(name = "{0} Hz")
    @CsvSource({"10", "50", "1000"})
    void aHoldWithBreathingIsSteadyForAtLeast95PercentOfTheContact(int rate) {
        Signal hold = Signal.of(rate, 40, 100, 600, 2, 1,
                s -> Signal.visit(3, 36).applyAsDouble(s) * (1 + 0.015 * Math.sin(2 * Math.PI * 0.25 * s)));
        RecordingEvents events = hold.play(new Roller(RollerSettings.automatic(150, 700)));

        assertThat(shares(events, contactStart(events), contactEnd(events)).getOrDefault(Steadiness.STEADY, 0.0))
                .isGreaterThanOrEqualTo(0.95);
    }

    @ParameterizedTest(name = "{0} Hz sensor, rolling at {1} Hz")
    @CsvSource({"10, 0.5", "10, 1", "50, 1", "50, 2", "1000, 1"})
    void rollingBackAndForthIsRollingForAtLeast95PercentOfTheContact(int rate, double hz) {
        Signal rolling = Signal.of(rate, 50, 100, 600, 2, 2, Signal.rolling(3, 46, 3, 46, hz, 0.25));
        RecordingEvents events = rolling.play(new Roller(RollerSettings.automatic(150, 700)));

        assertThat(shares(events, contactStart(events), contactEnd(events)).getOrDefault(Steadiness.ROLLING, 0.0))
                .isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void aSingleStepIsShiftingThenSteadyAgain() {
        // Steady, then at 10 s the person moves a hand and the load settles 30 % higher.
        Signal step = Signal.of(50, 20, 100, 600, 2, 3,
                s -> Signal.visit(3, 19).applyAsDouble(s) * (s < 10 ? 1 : s < 10.3 ? 1 + (s - 10) : 1.3));
        RecordingEvents events = step.play(new Roller(RollerSettings.automatic(150, 700)));

        assertThat(events.names()).containsSubsequence("steady", "shifting", "steady");
        assertThat(events.names()).doesNotContain("rolling");
    }

    @Test
    void aStopInRollingIsSteadyWithinTwoSeconds() {
        Signal signal = Signal.of(50, 30, 100, 600, 2, 4, Signal.rolling(2, 29, 2, 15, 1, 0.25));
        RecordingEvents events = signal.play(new Roller(RollerSettings.automatic(150, 700)));

        long steadyAgain = events.events.stream().filter(e -> e.what().equals("steady") && e.tNanos() > 15e9)
                .findFirst().orElseThrow().tNanos();
        assertThat(steadyAgain).isLessThan(17_000_000_000L);
    }

    @Test
    void aShortDipWhileHoldingDoesNotReadAsRolling() {
        Signal dip = Signal.of(50, 20, 100, 600, 2, 5, s -> {
            double v = Signal.visit(2, 19).applyAsDouble(s);
            return s >= 10 && s < 10.35 ? v * (1 - 0.6 * Math.sin(Math.PI * (s - 10) / 0.35)) : v;
        });
        RecordingEvents events = dip.play(new Roller(RollerSettings.automatic(150, 700)));

        assertThat(events.names()).doesNotContain("rolling");
    }

    @Test
    void nothingIsClassifiedWhileNobodyIsOn() {
        RecordingEvents events = Signal.of(50, 20, 100, 600, 30, 6, s -> 0).play(new Roller(RollerSettings.automatic(150, 700)));

        assertThat(events.names()).isEmpty();
    }
}
