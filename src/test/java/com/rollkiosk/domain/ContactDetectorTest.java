package com.rollkiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactDetectorTest {

    private static final long BASELINE = 100;
    private static final long ON = 200;
    private static final long OFF = 120;
    private static final long PERIOD_MS = 20;

    private final FakeClock clock = new FakeClock();
    private final ContactDetector detector = new ContactDetector(150_000_000L, 700_000_000L);
    private final List<ContactChange> changes = new ArrayList<>();

    /** Feeds one reading every 20 ms, as the sketch sends them, for {@code ms} milliseconds. */
    private void hold(long value, long ms) {
        for (long t = 0; t < ms; t += PERIOD_MS) {
            ContactChange change = detector.feed(clock.nanoTime(), value - BASELINE, ON, OFF);
            if (change != ContactChange.NONE) {
                changes.add(change);
            }
            clock.advanceMillis(PERIOD_MS);
        }
    }

    @Test
    void sustainedPressAboveOnLevelTurnsContactOn() {
        hold(BASELINE + ON + 50, 300);

        assertThat(changes).containsExactly(ContactChange.ON);
        assertThat(detector.isOn()).isTrue();
    }

    @Test
    void bounceShorterThanDebounceIsIgnored() {
        hold(BASELINE, 200);
        hold(BASELINE + ON + 300, 100);
        hold(BASELINE, 1000);

        assertThat(changes).isEmpty();
    }

    @Test
    void contactStartsOnlyAfterTheOnDebounce() {
        hold(BASELINE + ON + 1, 140);
        assertThat(changes).isEmpty();

        hold(BASELINE + ON + 1, 40);
        assertThat(changes).containsExactly(ContactChange.ON);
    }

    @Test
    void shiftingWeightBrieflyDoesNotEndContact() {
        hold(BASELINE + 600, 500);
        hold(BASELINE, 400);
        hold(BASELINE + 600, 500);

        assertThat(changes).containsExactly(ContactChange.ON);
    }

    @Test
    void releaseLongerThanOffDebounceEndsContact() {
        hold(BASELINE + 600, 500);
        hold(BASELINE, 800);

        assertThat(changes).containsExactly(ContactChange.ON, ContactChange.OFF);
        assertThat(detector.isOn()).isFalse();
    }

    @Test
    void readingBetweenTheLevelsKeepsContactOn() {
        hold(BASELINE + 600, 500);
        hold(BASELINE + (ON + OFF) / 2, 5000);

        assertThat(changes).containsExactly(ContactChange.ON);
    }

    @Test
    void readingBetweenTheLevelsDoesNotStartContact() {
        hold(BASELINE + (ON + OFF) / 2, 5000);

        assertThat(changes).isEmpty();
    }

    @Test
    void resetForgetsContact() {
        hold(BASELINE + 600, 500);

        detector.reset();

        assertThat(detector.isOn()).isFalse();
        hold(BASELINE + 600, 100);
        assertThat(changes).containsExactly(ContactChange.ON);
    }
}
