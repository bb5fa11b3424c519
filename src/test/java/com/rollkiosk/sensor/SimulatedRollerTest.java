package com.rollkiosk.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.config.SensorSettings;
import com.rollkiosk.domain.FakeClock;
import com.rollkiosk.domain.Roller;
import com.rollkiosk.domain.Steadiness;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The simulated person, scripted on a fake clock and judged by the real roller with default settings. */
class SimulatedRollerTest {

    private final SensorSettings settings = SensorSettings.defaults();
    private final FakeClock clock = new FakeClock();
    private final SimulatedRoller roller = SimulatedRoller.forSettings(settings, 42);
    private final Roller judge = new Roller(ContactTracker.settings(settings, null));
    private final List<String> changes = new ArrayList<>();
    private final Roller.Events events = new Roller.Events() {
        @Override
        public void contactOn(long tNanos, double value) {
            changes.add("on");
        }

        @Override
        public void contactOff(long tNanos, double value) {
            changes.add("off");
        }

        @Override
        public void steadiness(long tNanos, Steadiness steadiness) {
            changes.add(steadiness.name());
        }
    };

    private void run(long ms) {
        for (long t = 0; t < ms; t += 20) {
            judge.feed(clock.nanoTime(), roller.value(clock.nanoTime()), events);
            clock.advanceMillis(20);
        }
    }

    private List<String> contacts() {
        return changes.stream().filter(c -> c.equals("on") || c.equals("off")).toList();
    }

    @Test
    void personGettingOnAndOffMakesOneContact() {
        run(1500);
        roller.getOn(clock.nanoTime());
        run(3000);
        roller.getOff(clock.nanoTime());
        run(2000);

        assertThat(contacts()).containsExactly("on", "off");
    }

    @Test
    void theSimulatedPersonBreathesSoTheRollerHoldsThemThroughALightHold() {
        run(1500);
        roller.getOn(clock.nanoTime());
        run(95_000);

        assertThat(contacts()).as("a still load would be taken for an object within seconds").containsExactly("on");
    }

    @Test
    void shiftingWeightAndRollingDoNotEndContact() {
        run(1500);
        roller.getOn(clock.nanoTime());
        run(2000);
        roller.shiftWeight(clock.nanoTime());
        run(1000);
        roller.rollBackAndForth(clock.nanoTime(), 4000);
        run(5000);

        assertThat(contacts()).containsExactly("on");
    }

    @Test
    void aHoldReadsSteadyAndRollingReadsRolling() {
        run(1500);
        roller.getOn(clock.nanoTime());
        run(4000);
        assertThat(changes).last().isEqualTo("STEADY");

        roller.rollBackAndForth(clock.nanoTime(), 6000);
        run(5000);
        assertThat(changes).last().isEqualTo("ROLLING");
    }

    @Test
    void shiftingWeightDipsBelowTheOffLevel() {
        run(1500);
        roller.getOn(clock.nanoTime());
        run(6000);
        double before = roller.value(clock.nanoTime());
        roller.shiftWeight(clock.nanoTime());

        double dip = roller.value(clock.nanoTime() + 175_000_000L);

        assertThat(dip - judge.state().zero()).isLessThan(judge.state().offLevel());
        assertThat(dip).isLessThan(before);
    }

    @Test
    void emptyRollerStaysBelowTheOffLevel() {
        run(1500);
        for (long t = 0; t < 10_000; t++) {
            double value = roller.value(clock.nanoTime() + t * 1_000_000L);
            assertThat(Math.abs(value - judge.state().zero())).isLessThan(judge.state().offLevel());
        }
    }

    @Test
    void sameScriptGivesTheSameReadings() {
        SimulatedRoller twin = SimulatedRoller.forSettings(settings, 42);
        roller.getOn(0);
        twin.getOn(0);

        for (long t = 0; t < 2000; t += 7) {
            assertThat(twin.value(t * 1_000_000L)).isEqualTo(roller.value(t * 1_000_000L));
        }
    }
}
