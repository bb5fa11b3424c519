package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Seconds since the roller last saw a person" survives a restart, and a roller dead from day one counts too. */
class LastPersonSeenTest {

    @TempDir
    Path data;

    /** A wall clock the test moves. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-12-01T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aKioskThatNeverSawAnyoneCountsFromItsFirstStartAcrossRestarts() throws Exception {
        MovingClock clock = new MovingClock();
        LastPersonSeen first = LastPersonSeen.open(data, clock);
        clock.now = clock.now.plus(Duration.ofHours(5));
        assertThat(first.secondsSince(false)).isEqualTo(5 * 3600);
        first.close();

        clock.now = clock.now.plus(Duration.ofHours(20));
        try (LastPersonSeen restarted = LastPersonSeen.open(data, clock)) {
            assertThat(restarted.secondsSince(false)).isEqualTo(25 * 3600);
        }
    }

    @Test
    void aPersonSeenIsRememberedAndSomeoneOnTheRollerNowIsZero() throws Exception {
        MovingClock clock = new MovingClock();
        LastPersonSeen seen = LastPersonSeen.open(data, clock);
        clock.now = clock.now.plus(Duration.ofDays(3));
        seen.seen();
        clock.now = clock.now.plusSeconds(90);
        assertThat(seen.secondsSince(true)).isZero();
        assertThat(seen.secondsSince(false)).isEqualTo(90);
        seen.close();

        clock.now = clock.now.plus(Duration.ofHours(1));
        try (LastPersonSeen restarted = LastPersonSeen.open(data, clock)) {
            assertThat(restarted.secondsSince(false)).isEqualTo(3600 + 90);
        }
        assertThat(Files.readString(data.resolve(LastPersonSeen.FILE)).strip()).isEqualTo("2026-12-04T08:00:00Z");
    }

    @Test
    void aBrokenFileOrOneFromTheFutureCountsFromNow() throws Exception {
        MovingClock clock = new MovingClock();
        Files.writeString(data.resolve(LastPersonSeen.FILE), "yesterday\n");
        try (LastPersonSeen broken = LastPersonSeen.open(data, clock)) {
            assertThat(broken.secondsSince(false)).isZero();
        }
        Files.writeString(data.resolve(LastPersonSeen.FILE), "2030-01-01T00:00:00Z\n");
        try (LastPersonSeen future = LastPersonSeen.open(data, clock)) {
            assertThat(future.secondsSince(false)).isZero();
        }
    }
}
