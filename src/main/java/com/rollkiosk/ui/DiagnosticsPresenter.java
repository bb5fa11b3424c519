package com.rollkiosk.ui;

import com.rollkiosk.content.DiagnosticsWords;
import com.rollkiosk.domain.Clock;
import com.rollkiosk.domain.SensorStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Staff diagnostics' logic: reads the wiring's {@link DiagnosticsSource.Report} on each poll and
 * words it, in the language on show. Readings per second are counted between two polls on the
 * injected clock, so they are tested without waiting.
 */
public final class DiagnosticsPresenter implements PolledSection.Logic<DiagnosticsPresenter.Model> {

    /**
     * One line of the table.
     *
     * @param name    a stable name, for tests
     * @param problem drawn as a warning: the sensor lost, the log stopped
     */
    public record Row(String name, String label, String value, boolean problem) {
    }

    /** @param ports every serial port {@code auto} listed, named by its path; empty for a named port */
    public record Model(String title, String sensorHeading, List<Row> sensor, String plotLabel,
                        DiagnosticsSource.Plot plot, String kioskHeading, List<Row> kiosk, String portsHeading,
                        List<Row> ports) {
    }

    private static final double GB = 1L << 30;
    private static final double MB = 1L << 20;

    private final DiagnosticsSource source;
    private final Supplier<DiagnosticsWords> words;
    private final Supplier<Numbers> numbers;
    private final Clock clock;
    private DiagnosticsSource.Report report;
    private List<DiagnosticsSource.PortSeen> ports = List.of();
    private DiagnosticsSource.RollerCheck rollerCheck = DiagnosticsSource.RollerCheck.FINE;
    private boolean counting;
    private long countedAt;
    private long countedSamples;
    private Double rate;

    /** @param numbers how the language on show writes numbers */
    public DiagnosticsPresenter(DiagnosticsSource source, Supplier<DiagnosticsWords> words, Supplier<Numbers> numbers,
                                Clock clock) {
        this.source = source;
        this.words = words;
        this.numbers = numbers;
        this.clock = clock;
    }

    /** Shown afresh: the rate is counted from this poll on. */
    @Override
    public void enter() {
        report = null;
        rate = null;
        counting = false;
        poll();
    }

    @Override
    public void poll() {
        report = source.read();
        ports = source.ports();
        rollerCheck = source.rollerCheck();
        long now = clock.nanoTime();
        if (counting) {
            double seconds = (now - countedAt) / 1e9;
            if (seconds > 0) {
                rate = Math.max(0, report.samples() - countedSamples) / seconds;
            }
        }
        counting = true;
        countedAt = now;
        countedSamples = report.samples();
    }

    /** Nothing is held between visits but the rate's count, which {@link #enter()} restarts. */
    @Override
    public void leave() {
    }

    @Override
    public Model model() {
        DiagnosticsWords w = words.get();
        Numbers n = numbers.get();
        DiagnosticsSource.Report r = report != null ? report : source.read();
        List<Row> sensor = new ArrayList<>();
        sensor.add(new Row("port", w.port(), orNone(r.port(), w), false));
        sensor.add(new Row("info", w.info(), orNone(r.info(), w), false));
        sensor.add(new Row("state", w.state(), state(r, w.states()), r.status() != SensorStatus.CONNECTED));
        sensor.add(new Row("value", w.value(), r.value() == null ? w.none() : n.reading(r.value()), false));
        sensor.add(new Row("rate", w.rate(), rate == null ? w.none() : n.decimal(rate, 1), false));
        sensor.add(new Row("garbage", w.garbage(), n.whole(r.garbage()), false));
        sensor.add(new Row("reconnects", w.reconnects(), n.whole(r.reconnects()), false));
        sensor.add(new Row("last-error", w.lastError(), r.lastError() == null ? w.none() : lost(r.lastError(), w.lost()),
                false));
        DiagnosticsSource.RollerCheck check = report != null ? rollerCheck : source.rollerCheck();
        sensor.add(new Row("roller-check", w.roller(), rollerCheck(check, w.rollerChecks(), n),
                check.stuck() || check.noPersonSeen()));
        DiagnosticsSource.Levels levels = source.levels();
        sensor.add(new Row("levels", w.levels(), levels(levels, w.levelSources()), levels.cannotRemember() != null));
        List<Row> kiosk = new ArrayList<>();
        kiosk.add(new Row("version", w.version(), r.version(), false));
        kiosk.add(new Row("uptime", w.uptime(), uptime(r.uptimeMs(), w), false));
        String[] labels = {w.config(), w.content(), w.data()};
        String[] names = {"config", "content", "data"};
        for (int i = 0; i < Math.min(labels.length, r.files().size()); i++) {
            DiagnosticsSource.FileInUse f = r.files().get(i);
            kiosk.add(new Row(names[i], labels[i], f.path() + " (" + origin(f.origin(), w.origins()) + ")",
                    f.origin() == DiagnosticsSource.Origin.CANNOT_CREATE));
        }
        kiosk.add(new Row("free-disk", w.freeDisk(), bytes(r.freeBytes(), w, n), false));
        kiosk.add(new Row("logging", w.logging(), logging(r, w.logs()), r.logging() != DiagnosticsSource.Logging.WORKING));
        DiagnosticsSource.Sound sound = source.sound();
        kiosk.add(new Row("sound", w.sound(), sound(sound, w.sounds()), sound.state() == DiagnosticsSource.SoundState.RETRYING));
        kiosk.add(metrics(r.metrics(), w));
        List<Row> portRows = new ArrayList<>();
        List<DiagnosticsSource.PortSeen> seen = report != null ? ports : source.ports();
        for (int i = 0; i < seen.size(); i++) {
            DiagnosticsSource.PortSeen p = seen.get(i);
            portRows.add(new Row("serial-port-" + i, p.path(), seen(p, w), false));
        }
        return new Model(w.title(), w.sensor(), sensor, w.plot(), r.plot(), w.kiosk(), kiosk, w.ports(), portRows);
    }

    private static String state(DiagnosticsSource.Report r, DiagnosticsWords.States s) {
        return switch (r.status()) {
            case CONNECTED -> s.connected();
            case UNREADABLE -> s.unreadable().replace("{example}", "\"" + (r.example() == null ? "" : r.example()) + "\"");
            case RECONNECTING -> s.reconnecting();
            case NONE -> s.none();
        };
    }

    private static String levels(DiagnosticsSource.Levels l, DiagnosticsWords.LevelSources words) {
        String from = l.source() == null ? words.none() : switch (l.source()) {
            case CALIBRATION -> words.calibration();
            case CONFIG -> words.config();
            case REMEMBERED -> words.remembered();
            case AUTOMATIC -> words.automatic();
        };
        return l.cannotRemember() == null ? from
                : from + "; " + words.cannotRemember().replace("{reason}", l.cannotRemember());
    }

    private static String rollerCheck(DiagnosticsSource.RollerCheck c, DiagnosticsWords.RollerChecks words, Numbers n) {
        if (c.stuck()) {
            return words.stuck().replace("{value}", n.reading(c.stuckAt()))
                    .replace("{seconds}", Long.toString(c.stuckSeconds()));
        }
        return c.noPersonSeen() ? words.noPerson().replace("{holds}", Integer.toString(c.holdsWithoutPerson())) : words.fine();
    }

    /** What was seen, then, for a port that is tried again, in how many minutes (rounded up). */
    private static String seen(DiagnosticsSource.PortSeen p, DiagnosticsWords w) {
        DiagnosticsWords.Seen s = w.seen();
        String said = switch (p.seen()) {
            case NOT_TRIED -> s.notTried();
            case ROLLER_HELLO -> s.rollerHello();
            case ROLLER_READINGS -> s.rollerReadings();
            case SILENT -> s.silent();
            case NO_READINGS -> s.noReadings().replace("{example}", "\"" + (p.detail() == null ? "" : p.detail()) + "\"");
            case CANNOT_OPEN -> p.detail() == null ? s.cannotOpen() : s.cannotOpen() + " (" + p.detail() + ")";
        };
        if (p.nextTryMs() == null) {
            return said;
        }
        long minutes = Math.max(1, (p.nextTryMs() + 59_999) / 60_000);
        return said + ", " + w.nextTry().replace("{minutes}", Long.toString(minutes));
    }

    /** Why the sensor link was lost, in the words staff read; also for {@code calibrate}. */
    public static String lost(DiagnosticsSource.LinkProblem problem, DiagnosticsWords.Lost l) {
        return switch (problem) {
            case NO_SENSOR -> l.noSensor();
            case PORT_LOST -> l.portLost();
            case SILENT -> l.silent();
            case NO_SUCH_PORT -> l.noSuchPort();
            case NO_PERMISSION -> l.noPermission();
            case BUSY -> l.busy();
            case CANNOT_OPEN -> l.cannotOpen();
            case NO_BOARD_FOUND -> l.noBoardFound();
            case REPLAY_ENDED -> l.replayEnded();
            case OTHER -> l.other();
        };
    }

    private static String origin(DiagnosticsSource.Origin origin, DiagnosticsWords.Origins o) {
        return switch (origin) {
            case GIVEN -> o.given();
            case BESIDE_THE_JAR -> o.besideTheJar();
            case BUILT_IN -> o.builtIn();
            case PER_USER -> o.perUser();
            case CANNOT_CREATE -> o.cannotCreate();
        };
    }

    /** In words staff read in their language; the system's own words for a failure are in the log. */
    private static String logging(DiagnosticsSource.Report r, DiagnosticsWords.Logs l) {
        return switch (r.logging()) {
            case WORKING -> l.working();
            case DISK_FULL -> l.diskFull();
            case CANNOT_WRITE -> l.cannotWrite();
        };
    }

    private static String sound(DiagnosticsSource.Sound sound, DiagnosticsWords.Sounds s) {
        return switch (sound.state()) {
            case OFF -> s.off();
            case WORKING -> s.working();
            case RETRYING -> s.retrying().replace("{seconds}", Long.toString((sound.retryInMs() + 999) / 1000))
                    + (sound.problem() == null ? "" : " (" + sound.problem() + ")");
        };
    }

    private static Row metrics(DiagnosticsSource.Metrics m, DiagnosticsWords w) {
        if (m.listen() == null) {
            return new Row("metrics", w.metrics(), w.metricsOff(), false);
        }
        String said = (m.serving() ? w.metricsServing() : w.metricsFailed()).replace("{address}", m.listen());
        return new Row("metrics", w.metrics(), m.problem() == null ? said : said + " (" + m.problem() + ")", !m.serving());
    }

    private static String uptime(long ms, DiagnosticsWords w) {
        long minutes = ms / 60_000;
        return w.uptimeValue().replace("{days}", Long.toString(minutes / (24 * 60)))
                .replace("{hours}", Long.toString(minutes / 60 % 24)).replace("{minutes}", Long.toString(minutes % 60));
    }

    private static String bytes(long bytes, DiagnosticsWords w, Numbers n) {
        if (bytes < 0) {
            return w.none();
        }
        return bytes >= GB ? n.decimal(bytes / GB, 1) + " GB" : n.decimal(bytes / MB, 0) + " MB";
    }

    private static String orNone(String text, DiagnosticsWords w) {
        return text == null || text.isBlank() ? w.none() : text;
    }
}
