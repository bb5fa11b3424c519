package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rollkiosk.Reliability;
import com.rollkiosk.config.SensorSettings;
import com.rollkiosk.domain.FakeClock;
import com.rollkiosk.domain.FlowTiming;
import com.rollkiosk.domain.Intensity;
import com.rollkiosk.domain.KioskEvent;
import com.rollkiosk.domain.KioskFlow;
import com.rollkiosk.domain.RoutinePlan;
import com.rollkiosk.domain.Screen;
import com.rollkiosk.sensor.ContactTracker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reliability: 30 days of a gym on a fake clock, without a window. Visitors press the roller,
 * roll, hold still, step off and touch whatever they like, mostly what the screen offers; the
 * sensor meanwhile drops out, sends garbage, spikes and goes silent. The flow, the session and
 * the contact tracker run as in the kiosk; every event goes to a real activity log, rotated by
 * size. Nothing may throw, and the log must hold every event, each a parseable line, with every
 * routine started ended once. 6 visitors a day at 10 readings a second here, 40 a day at the
 * sensor's 50, the idle screen ticked each second, with {@code -Preliability}.
 */
@Timeout(600)
class DailyUseReliabilityTest {

    private static final long DAY_MS = TimeUnit.DAYS.toMillis(1);
    private static final Set<String> EVENTS = Set.of("screen", "attract_card", "session_start", "hold_start",
            "hold_pause", "hold_complete", "hold_skip", "session_end");
    private static final List<RoutinePlan> PLANS = List.of(
            new RoutinePlan("desk", List.of(new RoutinePlan.Entry("quads", true),
                    new RoutinePlan.Entry("upper-back", false))),
            new RoutinePlan("calves", List.of(new RoutinePlan.Entry("calves", true))));

    /** Baseline 0, contact on at 200 and off at 120, the shipped debounce. */
    private static final SensorSettings SENSOR = new SensorSettings(null, null, 0.0, 200.0, 120.0,
            150, 700, 1000, 250, 10_000, null);

    @TempDir
    Path data;

    private final FakeClock clock = new FakeClock();
    private final Random random = new Random(30);
    private final List<KioskEvent> events = new ArrayList<>();
    private final long sampleMs = Reliability.isLong() ? 20 : 100;
    /** How often the idle kiosk is ticked: each second as in the kiosk, or each half minute to stay quick. */
    private final long idleStepMs = Reliability.isLong() ? 1000 : 30_000;
    private ActivityLog log;
    private KioskFlow flow;
    private ContactTracker tracker;
    private boolean connected = true;
    private long faults;

    @Test
    void thirtyDaysOfUseAndSensorFaultsLeaveACompleteLog() throws Exception {
        log = new ActivityLog(data, 256 * 1024, 10_000);
        flow = new KioskFlow(clock, FlowTiming.ofSeconds(60, 8, 10, 5, 3, 30, 90).withoutTapGuard(), List.of("calves", "quads"), e -> {
            events.add(e);
            log.record(e);
        });
        tracker = new ContactTracker(ContactTracker.settings(SENSOR, null), FlowWiring.to(flow));
        tracker.onConnected("/dev/ttyACM0");
        int visitorsPerDay = Reliability.size(6, 40);
        for (int day = 0; day < 30; day++) {
            long dayEnd = clock.nanoTime() / 1_000_000 + DAY_MS;
            for (int v = 0; v < visitorsPerDay; v++) {
                idle(random.nextInt((int) (DAY_MS / visitorsPerDay / 1000)) * 1000L);
                visit();
            }
            idle(Math.max(0, dayEnd - clock.nanoTime() / 1_000_000));
            // The writer keeps up with a real day; on this clock a day passes in milliseconds.
            log.awaitWritten();
        }
        log.close();

        assertThat(log.failure()).isEmpty();
        assertLogHoldsEveryEvent();
        System.out.printf("30 days: %d events, %d sensor faults, %d contacts%n", events.size(), faults,
                tracker.stats().contacts());
        assertThat(events).anyMatch(e -> e instanceof KioskEvent.HoldCompleted);
        assertThat(tracker.stats().reconnects()).isPositive();
    }

    /** Nobody there: the empty roller's readings, a tick now and then, the odd fault. */
    private void idle(long ms) {
        for (long t = 0; t < ms; t += idleStepMs) {
            clock.advanceMillis(idleStepMs);
            sample(20 + random.nextGaussian() * 3);
            maybeFault(0.0005 * idleStepMs / 1000);
            flow.tick();
        }
    }

    /** One person: on and off the roller, touching mostly what the screen offers, until they walk away. */
    private void visit() {
        long stayMs = TimeUnit.MINUTES.toMillis(1 + random.nextInt(12));
        double load = 300 + random.nextInt(700);
        boolean on = false;
        boolean rolling = false;
        for (long t = 0; t < stayMs; t += sampleMs) {
            clock.advanceMillis(sampleMs);
            if (random.nextInt((int) (4000 / sampleMs)) == 0) {
                on = !on;
            }
            if (random.nextInt((int) (3000 / sampleMs)) == 0) {
                rolling = !rolling;
            }
            double wave = rolling ? 200 * Math.sin(t / 300.0) : 0;
            sample(on ? load + wave + random.nextGaussian() * 8 : 20 + random.nextGaussian() * 3);
            maybeFault(0.0002);
            if (t % 200 < sampleMs) {
                flow.tick();
            }
            if (random.nextInt((int) (1500 / sampleMs)) == 0) {
                touch();
            }
            assertThat(flow.session() != null || (flow.screen() != Screen.HOLD && flow.screen() != Screen.SWITCH_SIDE))
                    .as("a hold screen always has its session").isTrue();
        }
    }

    private void sample(double value) {
        if (connected) {
            tracker.onSample(clock.nanoTime(), value);
        }
    }

    /** What a real sensor does now and then: drops out, sends garbage, spikes, or turns unreadable. */
    private void maybeFault(double chance) {
        if (random.nextDouble() >= chance) {
            return;
        }
        faults++;
        switch (random.nextInt(5)) {
            case 0 -> {
                connected = false;
                tracker.onDisconnected("port lost");
                tracker.onReconnecting(250);
            }
            case 1 -> {
                connected = true;
                tracker.onConnected("/dev/ttyACM0");
            }
            case 2 -> tracker.onGarbage();
            case 3 -> tracker.onSample(clock.nanoTime(), random.nextBoolean() ? 1e12 : -1e12);
            default -> tracker.onUnreadable("HX711 reading: ---");
        }
    }

    /** A touch: what the screen offers four times in five, anything at all otherwise. */
    private void touch() {
        Screen screen = flow.screen();
        int choice = random.nextInt(5) < 4 ? offered(screen) : random.nextInt(14);
        switch (choice) {
            case 0 -> flow.start();
            case 1 -> flow.noneApply();
            case 2 -> flow.oneApplies();
            case 3 -> flow.chooseRoutine(PLANS.get(random.nextInt(PLANS.size())));
            case 4 -> flow.chooseIntensity(random.nextBoolean() ? Intensity.MAXIMAL : Intensity.MINIMAL);
            case 5 -> flow.holdStart();
            case 6 -> flow.holdPause();
            case 7 -> flow.skip();
            case 8 -> flow.next();
            case 9 -> flow.back();
            case 10 -> flow.endRoutine();
            case 11 -> flow.dismiss();
            case 12 -> flow.askStaffPin();
            default -> flow.leaveStaff();
        }
    }

    private int offered(Screen screen) {
        return switch (screen) {
            case ATTRACT -> 0;
            case CONTRAINDICATIONS -> random.nextInt(10) == 0 ? 2 : 1;
            case CHOOSE_ROUTINE -> 3;
            case CHOOSE_INTENSITY -> 4;
            case HOLD -> random.nextInt(10) == 0 ? 7 : 5;
            case SWITCH_SIDE -> 8;
            case FINISHED, NOT_SAFE -> 11;
            default -> 13;
        };
    }

    private void assertLogHoldsEveryEvent() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (Path file : ActivityLog.files(data)) {
            for (String line : Files.readAllLines(file)) {
                lines.add(json.readTree(line));
            }
        }
        assertThat(ActivityLog.files(data)).as("rotated at least once").hasSizeGreaterThan(1);
        assertThat(lines).hasSize(events.size());
        boolean inSession = false;
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            String event = line.path("event").asText();
            assertThat(event).as("line %d", i).isIn(EVENTS);
            assertThat(line.path("t").asText()).as("line %d", i).isNotEmpty();
            if (event.equals("session_start")) {
                assertThat(inSession).as("line %d: a session starts while one is open", i).isFalse();
                inSession = true;
            } else if (event.equals("session_end")) {
                assertThat(inSession).as("line %d: a session ends that never started", i).isTrue();
                inSession = false;
            } else if (event.startsWith("hold_")) {
                assertThat(inSession).as("line %d: a hold outside a session", i).isTrue();
            }
        }
    }
}
