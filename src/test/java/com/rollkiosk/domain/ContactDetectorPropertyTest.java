package com.rollkiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class ContactDetectorPropertyTest {

    private static final long ON = 200;
    private static final long OFF = 120;
    private static final long DEBOUNCE_ON_MS = 150;

    private static ContactDetector detector() {
        return new ContactDetector(DEBOUNCE_ON_MS * 1_000_000L, 700_000_000L);
    }

    @Property
    void signalThatNeverExceedsTheOnLevelNeverMakesContact(
            @ForAll @Size(max = 300) List<@LongRange(min = -100_000, max = ON) Long> loads,
            @ForAll @IntRange(min = 1, max = 200) int periodMs) {
        ContactDetector detector = detector();
        long t = 0;
        for (long load : loads) {
            assertThat(detector.feed(t, load, ON, OFF)).isEqualTo(ContactChange.NONE);
            t += periodMs * 1_000_000L;
        }
    }

    @Property
    void onPulseShorterThanTheOnDebounceMakesNoContact(
            @ForAll @LongRange(min = ON + 1, max = 100_000) long pulse,
            @ForAll @LongRange(min = 0, max = DEBOUNCE_ON_MS - 1) long pulseMs,
            @ForAll @IntRange(min = 1, max = 50) int periodMs) {
        ContactDetector detector = detector();
        List<ContactChange> changes = new ArrayList<>();
        long t = 0;
        for (long ms = 0; ms < 2000; ms += periodMs) {
            long value = ms >= 500 && ms <= 500 + pulseMs ? pulse : 0;
            changes.add(detector.feed(t + ms * 1_000_000L, value, ON, OFF));
        }
        assertThat(changes).containsOnly(ContactChange.NONE);
    }

    @Property
    void contactChangesAlternateStartingWithOn(
            @ForAll @Size(max = 400) List<@LongRange(min = -50, max = 400) Long> values,
            @ForAll @IntRange(min = 1, max = 500) int periodMs) {
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
    }
}
