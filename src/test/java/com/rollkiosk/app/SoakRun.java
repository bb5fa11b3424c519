package com.rollkiosk.app;

import com.rollkiosk.config.KioskConfig;
import com.rollkiosk.config.SensorSettings;
import com.rollkiosk.content.Content;
import com.rollkiosk.content.ContentLoader;
import com.rollkiosk.content.Region;
import com.rollkiosk.domain.FakeClock;
import com.rollkiosk.domain.FlowTiming;
import com.rollkiosk.domain.Intensity;
import com.rollkiosk.domain.KioskFlow;
import com.rollkiosk.domain.RoutinePlan;
import com.rollkiosk.domain.Screen;
import com.rollkiosk.sensor.ContactTracker;
import com.rollkiosk.sensor.SimulatedRoller;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * 30 days of random use on an accelerated fake clock, through the parts of the kiosk that live
 * as long as it does: the flow and its sessions, the roller (a simulated person at 50 Hz while
 * someone is there), and the activity log on its writer thread, rotating. After each day the
 * live heap (used heap after a full collection) is noted. Run in a JVM of its own by the
 * benchmarks; prints {@code FIGURE key value} lines for them.
 */
public final class SoakRun {

    private static final long MS = 1_000_000L;
    private static final long SAMPLE = 20 * MS;
    private static final long TICK = 200 * MS;
    private static final int DAYS = 30;

    private final FakeClock clock = new FakeClock();
    private final Random random = new Random(30);
    private final Content content;
    private final KioskFlow flow;
    private final ContactTracker tracker;
    private final SimulatedRoller person = SimulatedRoller.forSettings(SensorSettings.defaults(), 30);
    private long nextTick;
    private long sessions;
    private final java.util.Map<String, Integer> events = new java.util.TreeMap<>();

    private SoakRun(Content content, ActivityLog log) {
        this.content = content;
        KioskConfig c = KioskConfig.defaults();
        FlowTiming timing = KioskApp.timing(c);
        flow = new KioskFlow(clock, timing, content.regions().stream().map(Region::id).toList(), e -> {
            log.record(e);
            events.merge(e.getClass().getSimpleName(), 1, Integer::sum);
        });
        tracker = new ContactTracker(ContactTracker.settings(SensorSettings.defaults(), null), FlowWiring.to(flow));
        nextTick = clock.nanoTime() + TICK;
    }

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("rollkiosk-soak");
        ActivityLog log = new ActivityLog(data, 1_000_000, 3);
        SoakRun soak = new SoakRun(ContentLoader.load(Path.of("content"), "en").first(), log);
        soak.tracker.onConnected("sim");
        double[] live = new double[DAYS];
        long start = System.nanoTime();
        try {
            for (int day = 0; day < DAYS; day++) {
                soak.day();
                log.awaitWritten();
                live[day] = liveHeapMb();
            }
        } finally {
            log.close();
            delete(data);
        }
        int third = DAYS / 3;
        double first = mean(live, 0, third);
        double last = mean(live, DAYS - third, DAYS);
        System.out.printf(Locale.ROOT, "soak: %d simulated days, %d visits, %.0f s; events %s%nlive heap by day (MB): %s%n",
                DAYS, soak.sessions, (System.nanoTime() - start) / 1e9, soak.events, daily(live));
        System.out.println("FIGURE soak_heap_growth_pct " + 100 * (last - first) / first);
        System.out.println("FIGURE soak_live_heap_mb " + live[DAYS - 1]);
        System.out.println("FIGURE soak_rss_mb " + rssMb());
    }

    /** Open 16 hours with visits about every 10 minutes, then a quiet night. */
    private void day() {
        long dayEnd = clock.nanoTime() + 24 * 3600_000 * MS;
        long closing = clock.nanoTime() + 16 * 3600_000 * MS;
        while (clock.nanoTime() < closing) {
            idle((long) (-Math.log(1 - random.nextDouble()) * 600_000) * MS);
            visit();
        }
        idle(dayEnd - clock.nanoTime());
    }

    /** One person: safety check, a routine or a region, holds by roller or by touch, and every way of leaving. */
    private void visit() {
        sessions++;
        if (random.nextBoolean()) {
            flow.start();
        } else {
            person.getOn(clock.nanoTime());
            present(1500);
            person.getOff(clock.nanoTime());
            present(1000);
        }
        present(2000 + random.nextInt(18_000));
        if (random.nextInt(10) == 0) {
            flow.oneApplies();
            present(random.nextBoolean() ? 2000 : 11_000);
            flow.dismiss();
            return;
        }
        flow.noneApply();
        present(1000 + random.nextInt(9000));
        flow.chooseRoutine(plan());
        present(1000 + random.nextInt(4000));
        flow.chooseIntensity(random.nextBoolean() ? Intensity.MAXIMAL : Intensity.MINIMAL);
        while (flow.screen() == Screen.HOLD || flow.screen() == Screen.SWITCH_SIDE) {
            if (!step()) {
                return;
            }
        }
        present(flow.screen() == Screen.FINISHED && random.nextBoolean() ? 2000 : 11_000);
        flow.dismiss();
    }

    /** One hold or the prompt between sides; false when the person walked off and the kiosk timed out. */
    private boolean step() {
        int r = random.nextInt(100);
        if (flow.screen() == Screen.SWITCH_SIDE) {
            present(1000 + random.nextInt(6000));
        } else if (r < 4) {
            flow.endRoutine();
        } else if (r < 10) {
            flow.skip();
        } else if (r < 13) {
            present(70_000);
            return false;
        } else if (r < 30) {
            flow.holdStart();
            present(3000 + random.nextInt(95_000));
            if (random.nextInt(4) == 0) {
                flow.holdPause();
            }
        } else {
            person.getOn(clock.nanoTime());
            present(2000 + random.nextInt(20_000));
            if (random.nextBoolean()) {
                person.shiftWeight(clock.nanoTime());
            } else {
                person.rollBackAndForth(clock.nanoTime(), 1000 + random.nextInt(5000));
            }
            present(2000 + random.nextInt(70_000));
            person.getOff(clock.nanoTime());
            present(1000 + random.nextInt(4000));
        }
        return true;
    }

    private RoutinePlan plan() {
        List<String> ids = new ArrayList<>();
        if (random.nextBoolean()) {
            ids.addAll(content.routines().get(random.nextInt(content.routines().size())).regions());
        } else {
            ids.add(content.regions().get(random.nextInt(content.regions().size())).id());
        }
        return new RoutinePlan("soak", ids.stream()
                .map(id -> new RoutinePlan.Entry(id, content.region(id).map(Region::hasSides).orElse(false)))
                .toList());
    }

    /** Someone is there: the roller reports at 50 Hz, the kiosk ticks. */
    private void present(long ms) {
        long end = clock.nanoTime() + ms * MS;
        while (clock.nanoTime() + SAMPLE <= end) {
            clock.advanceNanos(SAMPLE);
            tracker.onSample(clock.nanoTime(), person.value(clock.nanoTime()));
            tickIfDue();
        }
    }

    /** Nobody there: one reading of the empty roller per tick, which is all the kiosk does then. */
    private void idle(long nanos) {
        long end = clock.nanoTime() + nanos;
        while (nextTick <= end) {
            clock.advanceNanos(nextTick - clock.nanoTime());
            tracker.onSample(clock.nanoTime(), person.value(clock.nanoTime()));
            tickIfDue();
        }
        clock.advanceNanos(end - clock.nanoTime());
    }

    private void tickIfDue() {
        if (clock.nanoTime() >= nextTick) {
            flow.tick();
            nextTick += TICK;
        }
    }

    private static double liveHeapMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024);
    }

    private static double rssMb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    private static double mean(double[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum / (to - from);
    }

    private static String daily(double[] live) {
        StringBuilder out = new StringBuilder();
        for (double v : live) {
            out.append(String.format(Locale.ROOT, "%.1f ", v));
        }
        return out.toString().trim();
    }

    private static void delete(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
