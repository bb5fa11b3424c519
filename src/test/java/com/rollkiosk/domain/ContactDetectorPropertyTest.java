package com.rollkiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.Cases;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactDetectorPropertyTest {

    private static final int CASES = 1000;
    private static final long ON = 200;
    private static final long OFF = 120;
    private static final long DEBOUNCE_ON_MS = 150;

    private static ContactDetector detector() {
        return new ContactDetector(DEBOUNCE_ON_MS * 1_000_000L, 700_000_000L);
    }

    @Test
    void signalThatNeverExceedsTheOnLevelNeverMakesContact() {
        Cases.check(CASES, c -> {
            List<Long> loads = c.list(0, 300, () -> c.between(-100_000L, ON));
            int periodMs = c.between(1, 200);
            ContactDetector detector = detector();
            long t = 0;
            for (long load : loads) {
                assertThat(detector.feed(t, load, ON, OFF)).isEqualTo(ContactChange.NONE);
                t += periodMs * 1_000_000L;
            }
        });
    }

    @Test
    void onPulseShorterThanTheOnDebounceMakesNoContact() {
        Cases.check(CASES, c -> {
            long pulse = c.between(ON + 1, 100_000L);
            long pulseMs = c.between(0L, DEBOUNCE_ON_MS - 1);
            int periodMs = c.between(1, 50);
            ContactDetector detector = detector();
            List<ContactChange> changes = new ArrayList<>();
            long t = 0;
            for (long ms = 0; ms < 2000; ms += periodMs) {
                long value = ms >= 500 && ms <= 500 + pulseMs ? pulse : 0;
                changes.add(detector.feed(t + ms * 1_000_000L, value, ON, OFF));
            }
            assertThat(changes).containsOnly(ContactChange.NONE);
        });
    }

    @Test
    void contactChangesAlternateStartingWithOn() {
        Cases.check(CASES, c -> {
            List<Long> values = c.list(0, 400, () -> c.between(-50L, 400L));
            int periodMs = c.between(1, 500);
            ContactDetector detector = detector();
            ContactChange expectedNext = ContactChange.ON;
            long t = 0;
            for (long value : values) {
                ContactChange change = detector.feed(t, value, ON, OFF);
                if (change != ContactChange.NONE) {
                    assertThat(change).isEqualTo(expectedNext);
                    expectedNext = change == ContactChange.ON ? ContactChange.OFF : ContactChange.ON;
                }
                t += periodMs * 1_000_000L;
            }
            assertThat(detector.isOn()).isEqualTo(expectedNext == ContactChange.OFF);
        });
    }
}
