package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.Reliability;
import com.rollkiosk.domain.Screen;
import com.rollkiosk.sensor.FieldPorts;
import com.rollkiosk.sensor.PortCandidate;
import com.rollkiosk.sensor.SerialSource;
import com.rollkiosk.sensor.Socat;
import com.rollkiosk.sensor.field.BoardEmulator;
import com.rollkiosk.sensor.field.EmulatedClock;
import com.rollkiosk.sensor.field.FieldGrace;
import com.rollkiosk.sensor.field.FieldScenarios;
import com.rollkiosk.sensor.field.FieldTable;
import com.rollkiosk.sensor.field.FieldTimeline;
import com.rollkiosk.sensor.field.LineFormat;
import com.rollkiosk.sensor.field.PhaseResult;
import com.rollkiosk.sensor.field.Scenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16's field suite: every scenario of the field in every line format, through real ptys and
 * the kiosk's own serial reader, contact tracker and flow, judged phase by phase against the
 * truth the board emulator played. Prints the table and writes it to
 * {@code target/field-suite-table.md}. Short form: one seed per scenario and format, phases as
 * written; long form ({@code -Preliability}): four seeds each, phases twice as long, the drift a
 * full hour. Seeds derive from {@code -Drollkiosk.field.seed} (default {@value #DEFAULT_SEED}); a
 * failure names the seed of each failing run.
 */
@Timeout(1800)
class FieldSuiteTest {

    static final long DEFAULT_SEED = 16;
    static final Path TABLE_FILE = Path.of("target", "field-suite-table.md");
    private static final double LEFT_WITHIN_SECONDS = 6;

    @TempDir
    Path dir;

    private final long baseSeed = Long.getLong("rollkiosk.field.seed", DEFAULT_SEED);
    private final FieldTable table = new FieldTable();
    private final List<String> failures = new ArrayList<>();

    /** One job's result, for the table and the checks. */
    private record Done(String scenario, LineFormat format, long seed, FieldRun.Outcome outcome,
                        RememberedLevelsRun.Outcome remembered) {
    }

    @Test
    void everyScenarioInEveryLineFormatThroughTheKiosk() throws Exception {
        int seeds = Reliability.size(1, 4);
        double scale = Reliability.isLong() ? 2 : 1;
        List<Callable<Done>> jobs = new ArrayList<>();
        int scenarios = FieldScenarios.all(0, scale, Reliability.isLong()).size();
        for (int s = 0; s < seeds; s++) {
            for (LineFormat format : LineFormat.values()) {
                for (int i = 0; i < scenarios; i++) {
                    if (!chosen(FieldScenarios.all(0, scale, Reliability.isLong()).get(i).name())) {
                        continue;
                    }
                    long seed = seed(s, format, i);
                    int index = i;
                    jobs.add(() -> onePort(FieldScenarios.all(seed, scale, Reliability.isLong()).get(index), format, seed));
                }
                long seed = seed(s, format, 100);
                if (chosen(FieldScenarios.TWO_PORTS)) {
                    jobs.add(() -> twoPorts(format, seed));
                }
                if (s == 0 && (Reliability.isLong() || format == LineFormat.HX711_RAW)
                        && chosen(RememberedLevelsRun.SCENARIO)) {
                    long remembered = seed(s, format, 200);
                    jobs.add(() -> new Done(RememberedLevelsRun.SCENARIO, format, remembered, null,
                            RememberedLevelsRun.play(format, remembered, job("remembered-" + format + "-" + remembered))));
                }
            }
        }
        // The runs wait on real time far more than they compute: many at once share two cores easily.
        ExecutorService pool = Executors.newFixedThreadPool(Reliability.size(16, 12));
        long start = System.nanoTime();
        try {
            List<Future<Done>> done = pool.invokeAll(jobs);
            for (Future<Done> f : done) {
                judge(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        String caption = caption(seeds, (System.nanoTime() - start) / 1e9);
        String markdown = table.markdown(caption);
        System.out.println(markdown);
        Files.createDirectories(TABLE_FILE.getParent());
        Files.writeString(TABLE_FILE, markdown, StandardCharsets.UTF_8);
        assertThat(failures).as("runs that missed the issue's goals (rerun one with -Drollkiosk.field.seed=%d;"
                + " the table is in %s)", baseSeed, TABLE_FILE).isEmpty();
    }

    /** {@code -Drollkiosk.field.only=WORDS} plays only the scenarios whose name holds them; for a closer look at one. */
    private static boolean chosen(String scenario) {
        return scenario.contains(System.getProperty("rollkiosk.field.only", ""));
    }

    private long seed(int s, LineFormat format, int scenario) {
        return baseSeed * 1_000_003L + s * 10_007L + format.ordinal() * 1_009L + scenario;
    }

    private Path job(String name) throws Exception {
        return Files.createDirectories(dir.resolve(name.replaceAll("[^A-Za-z0-9_-]", "_")));
    }

    private Done onePort(Scenario scenario, LineFormat format, long seed) throws Exception {
        try (Socat socat = Socat.start(job(scenario.name() + "-" + format + "-" + seed))) {
            EmulatedClock clock = new EmulatedClock();
            BoardEmulator board = new BoardEmulator(scenario, format, seed, socat, clock);
            String port = socat.deviceEnd().toString();
            boolean onHold = scenario.name().equals(FieldScenarios.REPLUG) || scenario.name().equals(FieldScenarios.LIGHT);
            FieldRun.Outcome outcome = FieldRun.play(clock, board, port, format.latencySeconds(),
                    (c, opened) -> FieldPorts.fixed(port, FieldRun.settings(), c, opened), onHold);
            return new Done(scenario.name(), format, seed, outcome, null);
        }
    }

    /**
     * {@code auto} with two USB-serial ports: first, by name, a silent FTDI adapter (a UPS cable);
     * then the roller's board on a CH340 clone, printing since power-up. Only the kiosk's opening
     * of a port (its CONNECTED) is seen here, not a probe's.
     */
    private Done twoPorts(LineFormat format, long seed) throws Exception {
        Scenario scenario = FieldScenarios.twoPorts(seed);
        Path base = job("two-ports-" + format + "-" + seed);
        try (Socat silent = Socat.start(Files.createDirectories(base.resolve("a-silent")));
             Socat roller = Socat.start(Files.createDirectories(base.resolve("b-roller")))) {
            EmulatedClock clock = new EmulatedClock();
            BoardEmulator board = new BoardEmulator(scenario, format, seed, roller, clock);
            List<PortCandidate> ports = List.of(
                    new PortCandidate(silent.deviceEnd().toString(), "FT232R USB UART", 0x0403),
                    new PortCandidate(roller.deviceEnd().toString(), "USB2.0-Serial", 0x1A86));
            FieldRun.Outcome outcome = FieldRun.play(clock, board, roller.deviceEnd().toString(), format.latencySeconds(),
                    (c, opened) -> FieldPorts.auto(ports, FieldRun.settings(), c, opened), false);
            String silentPort = silent.deviceEnd().toString();
            long silentOpens = outcome.opened().stream().filter(silentPort::equals).count();
            double opened = outcome.timeline().secondsToFirstOpen();
            double found = outcome.timeline().secondsToFirstConnected();
            table.note(String.format(Locale.ROOT, "%s, %s, seed %d: the roller's port first opened at %s, taken as"
                    + " the roller's at %s (goal ≤ 10 s); the silent port opened %d time(s) in %.0f s (at most"
                    + " twice a minute)", scenario.name(), format.label(), seed,
                    seconds(opened), seconds(found), silentOpens, scenario.seconds()));
            if (!(found <= 10)) {
                fail(scenario.name(), format, seed, "the roller was not found within 10 s", outcome.timeline());
            }
            if (silentOpens > 2) {
                fail(scenario.name(), format, seed, "the silent port was opened " + silentOpens + " times in "
                        + Math.round(scenario.seconds()) + " s (at most twice a minute)", outcome.timeline());
            }
            return new Done(scenario.name(), format, seed, outcome, null);
        }
    }

    private void judge(Done done) {
        if (done.remembered() != null) {
            judgeRemembered(done);
            return;
        }
        FieldRun.Outcome o = done.outcome();
        FieldTimeline timeline = o.timeline();
        if (!timeline.wasOpened()) {
            fail(done.scenario(), done.format(), done.seed(), "the board's port was never opened", timeline);
        }
        double personJudged = 0;
        double personOn = 0;
        for (PhaseResult r : o.phases()) {
            table.add(done.scenario(), done.format(), r);
            if (r.failed()) {
                fail(done.scenario(), done.format(), done.seed(), String.format(Locale.ROOT,
                        "'%s': contact right %.0f %% of %.1f s (needs %.0f %%)", r.phase().label(), 100 * r.share(),
                        r.judgedSeconds(), 100 * FieldGrace.REQUIRED_SHARE), timeline);
            }
            if (r.phase().personOn() && r.phase().required()) {
                personJudged += r.judgedSeconds();
            }
            if (r.phase().personOn()) {
                personOn += r.phase().seconds();
            }
        }
        if (done.scenario().equals(FieldScenarios.AT_CONNECT)) {
            PhaseResult left = o.phases().get(1);
            table.note(String.format(Locale.ROOT, "%s, %s, seed %d: empty %s after the person on at connect left"
                    + " (goal ≤ %.0f s); screens %s", done.scenario(), done.format().label(), done.seed(),
                    seconds(left.settleSeconds()), LEFT_WITHIN_SECONDS, o.screens()));
            if (left.settleSeconds() > LEFT_WITHIN_SECONDS) {
                fail(done.scenario(), done.format(), done.seed(), "not empty within 6 s of the person leaving", timeline);
            }
            if (!o.screens().contains(Screen.CONTRAINDICATIONS) || o.screens().get(o.screens().size() - 1) != Screen.ATTRACT) {
                fail(done.scenario(), done.format(), done.seed(), "the flow should invite a person in and end on the"
                        + " idle screen; it showed " + o.screens(), timeline);
            }
        }
        if (done.scenario().equals(FieldScenarios.REPLUG)) {
            table.note(String.format(Locale.ROOT, "%s, %s, seed %d: the hold counted %.1f s; the person was on"
                    + " %.1f s, %.1f s of them judged", done.scenario(), done.format().label(), done.seed(),
                    o.heldSeconds(), personOn, personJudged));
            // At least the time the kiosk could see them, at most the time they were on: no hold for nobody.
            if (!o.holdRan() || o.heldSeconds() < FieldGrace.REQUIRED_SHARE * personJudged
                    || o.heldSeconds() > personOn + FieldGrace.TRANSITION_SECONDS) {
                fail(done.scenario(), done.format(), done.seed(), String.format(Locale.ROOT,
                        "the hold counted %.1f s; the person was on %.1f s, %.1f s of them judged", o.heldSeconds(),
                        personOn, personJudged), timeline);
            }
        }
    }

    /** After a restart with the data folder kept, the first person is seen from their first second. */
    private void judgeRemembered(Done done) {
        RememberedLevelsRun.Outcome o = done.remembered();
        FieldTimeline second = o.second();
        for (int i = 0; i < second.phaseCount(); i++) {
            PhaseResult r = second.score(i, done.format().latencySeconds());
            table.add(done.scenario(), done.format(), r);
            if (r.failed()) {
                fail(done.scenario(), done.format(), done.seed(), String.format(Locale.ROOT,
                        "'%s': contact right %.0f %%", r.phase().label(), 100 * r.share()), second);
            }
        }
        double seen = second.secondsFromFirstReadingToContact();
        table.note(String.format(Locale.ROOT, "%s, %s, seed %d: %s written after the first run: %s; the person on"
                + " at the second start seen %s after the first reading (goal ≤ 1 s)", done.scenario(),
                done.format().label(), done.seed(), RememberedLevelsRun.LEVELS_FILE, o.levelsFileWritten() ? "yes" : "no",
                seconds(seen)));
        if (!o.levelsFileWritten()) {
            fail(done.scenario(), done.format(), done.seed(), "no " + RememberedLevelsRun.LEVELS_FILE
                    + " in the data folder after the first run", o.first());
        }
        if (!(seen <= 1.0) && !second.taredSomebodyAway()) {
            fail(done.scenario(), done.format(), done.seed(), "the person on at the restart was not seen within"
                    + " the first second of readings", second);
        }
    }

    private static String seconds(double s) {
        return Double.isInfinite(s) ? "never" : String.format(Locale.ROOT, "%.1f s", s);
    }

    private synchronized void fail(String scenario, LineFormat format, long seed, String what, FieldTimeline timeline) {
        failures.add(scenario + " / " + format.label() + " / seed " + seed + ": " + what + "\n" + timeline.describe());
    }

    private static String caption(int seeds, double wallSeconds) {
        return String.format(Locale.ROOT, "**Field suite** (%s form, %d seed%s per scenario and format, %.0f s of"
                + " wall time). Each cell: the share of the phase's judged time in which the kiosk's contact state"
                + " was right, the worst of its runs, and in brackets the seconds from the phase's start until it"
                + " was right for good. Judged time leaves out a grace of %.1f s (the shipped 0.7 s release"
                + " debounce plus 1 s) from each phase's start, the board's silences (reset, replug) and %.1f s"
                + " after its readings come back (plus 1.6 s for the library example, whose 16-reading mean lags"
                + " that long), and the time a person stays on whom that example tared away at its start (it"
                + " reads them as 0); \"empty within 6 s\" has a 6 s grace, and the stuck sensor 10 s"
                + " from the moment it stuck. ≥ 90 %% rows are required (✗ marks a miss); \"reported\" rows are"
                + " shown only. No calibration, shipped settings, a fresh roller each run.",
                Reliability.isLong() ? "long" : "short", seeds, seeds == 1 ? "" : "s", wallSeconds,
                FieldGrace.TRANSITION_SECONDS, FieldGrace.TRANSITION_SECONDS);
    }
}
