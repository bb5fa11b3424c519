package com.rollkiosk.app;

import com.rollkiosk.domain.Intensity;
import com.rollkiosk.domain.KioskEvent;
import com.rollkiosk.domain.Screen;
import com.rollkiosk.domain.Side;
import com.rollkiosk.domain.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A kiosk's activity history for benchmarks, written by the kiosk's own {@link ActivityLog} (so in
 * the real format, rotated and pruned as the kiosk does) on a clock that runs through the days:
 * the attract cards every 8 s around the clock, and a dozen or so sessions a day in opening hours,
 * some with pauses, some abandoned. About 1 MB a day, as a kiosk writes at the default card period.
 */
public final class LogHistory {

    private static final List<String> REGIONS = List.of("calves", "peroneals", "it-band", "tfl", "piriformis",
            "adductors", "hamstrings", "quads", "upper-back");
    private static final List<List<String>> ROUTINES = List.of(REGIONS, List.of("calves", "peroneals"),
            List.of("it-band", "tfl", "piriformis", "adductors"), List.of("it-band", "tfl", "quads"),
            List.of("hamstrings", "quads", "upper-back"));
    private static final List<String> ROUTINE_IDS = List.of("full", "lower-leg", "hips-it-band", "outer-knee", "desk-worker");

    private LogHistory() {
    }

    /** A clock the writer moves through the days; the log's own thread reads it at rotation. */
    private static final class DayClock extends Clock {
        volatile Instant now;

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

    /** Writes {@code days} days of activity ending at {@code end} into {@code data}. */
    public static void write(Path data, int days, Instant end) throws InterruptedException {
        DayClock clock = new DayClock();
        clock.now = end.minus(Duration.ofDays(days));
        Random random = new Random(days);
        try (ActivityLog log = new ActivityLog(data, ActivityLog.ROTATE_BYTES, ActivityLog.KEEP_ROTATED, clock)) {
            long written = 0;
            int card = 0;
            Instant nextSession = clock.now.plus(Duration.ofMinutes(30 + random.nextInt(120)));
            while (clock.now.isBefore(end)) {
                if (!clock.now.isBefore(nextSession)) {
                    written += session(log, clock, random);
                    int hour = clock.now.atZone(ZoneOffset.UTC).getHour();
                    // Opening hours 6 to 22: after closing, the next runner comes in the morning.
                    long gapMinutes = hour >= 21 || hour < 6 ? (30 - hour) % 24 * 60L : 20 + random.nextInt(100);
                    nextSession = clock.now.plus(Duration.ofMinutes(gapMinutes));
                } else {
                    log.record(new KioskEvent.AttractCardShown(card, REGIONS.get(card)));
                    card = (card + 1) % REGIONS.size();
                    clock.now = clock.now.plusSeconds(8);
                    written++;
                }
                if (written >= 2_000) {
                    // The kiosk writes a line every few seconds; never more than its queue holds.
                    log.awaitWritten();
                    written = 0;
                }
            }
            log.awaitWritten();
        }
    }

    private static int session(ActivityLog log, DayClock clock, Random random) {
        int lines = 0;
        int r = random.nextInt(ROUTINES.size());
        List<String> regions = ROUTINES.get(r);
        Intensity intensity = random.nextInt(3) == 0 ? Intensity.MINIMAL : Intensity.MAXIMAL;
        int target = intensity == Intensity.MAXIMAL ? 30 : 90;
        log.record(new KioskEvent.ScreenChanged(Screen.ATTRACT, Screen.CONTRAINDICATIONS));
        clock.now = clock.now.plusSeconds(20 + random.nextInt(40));
        if (random.nextInt(25) == 0) {
            log.record(new KioskEvent.ScreenChanged(Screen.CONTRAINDICATIONS, Screen.NOT_SAFE));
            log.record(new KioskEvent.ScreenChanged(Screen.NOT_SAFE, Screen.ATTRACT));
            return 3;
        }
        log.record(new KioskEvent.ScreenChanged(Screen.CONTRAINDICATIONS, Screen.CHOOSE_ROUTINE));
        log.record(new KioskEvent.ScreenChanged(Screen.CHOOSE_ROUTINE, Screen.CHOOSE_INTENSITY));
        log.record(new KioskEvent.SessionStarted(ROUTINE_IDS.get(r), intensity, regions.size() * 2));
        log.record(new KioskEvent.ScreenChanged(Screen.CHOOSE_INTENSITY, Screen.HOLD));
        lines += 5;
        int stopAfter = random.nextInt(5) == 0 ? random.nextInt(regions.size() * 2) : -1;
        int done = 0;
        for (String region : regions) {
            for (Side side : List.of(Side.LEFT, Side.RIGHT)) {
                if (done == stopAfter) {
                    log.record(new KioskEvent.SessionEnded(ROUTINE_IDS.get(r), KioskEvent.Outcome.ABANDONED, done,
                            regions.size() * 2));
                    log.record(new KioskEvent.ScreenChanged(Screen.HOLD, Screen.ATTRACT));
                    return lines + 2;
                }
                Step step = new Step(region, side);
                log.record(new KioskEvent.HoldStarted(step, target, false));
                lines++;
                if (random.nextInt(3) == 0) {
                    clock.now = clock.now.plusSeconds(5 + random.nextInt(10));
                    log.record(new KioskEvent.HoldPaused(step, 5_000 + random.nextInt(10_000)));
                    log.record(new KioskEvent.HoldStarted(step, target, true));
                    lines += 2;
                }
                clock.now = clock.now.plusSeconds(target);
                log.record(new KioskEvent.HoldCompleted(step, target, random.nextBoolean() ? null : 50 + random.nextInt(50)));
                log.record(new KioskEvent.ScreenChanged(Screen.HOLD, Screen.SWITCH_SIDE));
                clock.now = clock.now.plusSeconds(6);
                log.record(new KioskEvent.ScreenChanged(Screen.SWITCH_SIDE, Screen.HOLD));
                lines += 3;
                done++;
            }
        }
        log.record(new KioskEvent.SessionEnded(ROUTINE_IDS.get(r), KioskEvent.Outcome.FINISHED, done, done));
        log.record(new KioskEvent.ScreenChanged(Screen.HOLD, Screen.FINISHED));
        clock.now = clock.now.plusSeconds(12);
        log.record(new KioskEvent.ScreenChanged(Screen.FINISHED, Screen.ATTRACT));
        return lines + 3;
    }

    /** Deletes the summaries beside the logs, as before the first read after an upgrade. */
    public static void forgetSummaries(Path data) throws Exception {
        try (Stream<Path> files = Files.list(data)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".summary.json"))::iterator) {
                Files.delete(p);
            }
        }
    }

    /**
     * Opens Statistics as the kiosk does (its own reader thread, the kiosk's clock and zone, the
     * section's 30 days) in the folder {@code -Dlogs=DIR}, twice, and prints the times as
     * {@code FIGURE statistics_open_ms} and {@code FIGURE statistics_again_ms}.
     */
    public static void main(String[] args) throws Exception {
        Path data = Path.of(System.getProperty("logs"));
        LogStatistics statistics = new LogStatistics(data, Clock.systemDefaultZone());
        ExecutorService reader = Executors.newSingleThreadExecutor();
        for (String key : List.of("statistics_open_ms", "statistics_again_ms")) {
            long start = System.nanoTime();
            int days = reader.submit(() -> statistics.lastDays(30)).get().size();
            double ms = (System.nanoTime() - start) / 1e6;
            if (days != 30) {
                throw new IllegalStateException("read " + days + " days");
            }
            System.out.println("FIGURE " + key + " " + ms);
        }
        reader.shutdown();
        reader.awaitTermination(10, TimeUnit.SECONDS);
    }
}
