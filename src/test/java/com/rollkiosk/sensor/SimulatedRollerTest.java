package com.rollkiosk.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.config.SensorSettings;
import com.rollkiosk.domain.ContactChange;
import com.rollkiosk.domain.ContactDetector;
import com.rollkiosk.domain.FakeClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The simulated person, scripted on a fake clock and judged by the real detector with default settings. */
class SimulatedRollerTest {

    private final SensorSettings settings = SensorSettings.defaults();
    private final FakeClock clock = new FakeClock();
    private final SimulatedRoller roller = SimulatedRoller.forSettings(settings, 42);
    private final ContactDetector detector = new ContactDetector(ContactTracker.thresholds(settings));
    private final List<ContactChange> changes = new ArrayList<>();

    private void run(long ms) {
        for (long t = 0; t < ms; t += 20) {
            ContactChange change = detector.feed(clock.nanoTime(), roller.value(clock.nanoTime()));
            if (change != ContactChange.NONE) {
                changes.add(change);
            }
            clock.advanceMillis(20);
        }
    }

    @Test
    void personGettingOnAndOffMakesOneContact() {
        run(1000);
        roller.getOn(clock.nanoTime());
        run(3000);
        roller.getOff(clock.nanoTime());
        run(2000);

        assertThat(changes).containsExactly(ContactChange.ON, ContactChange.OFF);
    }

    @Test
    void shiftingWeightAndRollingDoNotEndContact() {
        roller.getOn(clock.nanoTime());
        run(2000);
        roller.shiftWeight(clock.nanoTime());
        run(1000);
        roller.rollBackAndForth(clock.nanoTime(), 4000);
        run(5000);

        assertThat(changes).containsExactly(ContactChange.ON);
    }

    @Test
    void shiftingWeightDipsBelowTheOffLevel() {
        roller.getOn(clock.nanoTime());
        run(2000);
        long before = roller.value(clock.nanoTime());
        roller.shiftWeight(clock.nanoTime());

        long dip = roller.value(clock.nanoTime() + 175_000_000L);

        assertThat(dip).isLessThan(settings.baseline() + settings.offThreshold()).isLessThan(before);
    }

    @Test
    void emptyRollerStaysBelowTheOffLevel() {
        for (long t = 0; t < 10_000; t++) {
            assertThat(roller.value(t * 1_000_000L)).isLessThan(settings.baseline() + settings.offThreshold());
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
