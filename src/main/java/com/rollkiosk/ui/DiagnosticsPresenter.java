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

    public record Model(String title, String sensorHeading, List<Row> sensor, String plotLabel,
                        DiagnosticsSource.Plot plot, String kioskHeading, List<Row> kiosk) {
    }

    private static final double GB = 1L << 30;
    private static final double MB = 1L << 20;

    private final DiagnosticsSource source;
    private final Supplier<DiagnosticsWords> words;
    private final Supplier<Numbers> numbers;
    private final Clock clock;
    private DiagnosticsSource.Report report;
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
        return new Model(w.title(), w.sensor(), sensor, w.plot(), r.plot(), w.kiosk(), kiosk);
    }

    private static String state(DiagnosticsSource.Report r, DiagnosticsWords.States s) {
        return switch (r.status()) {
            case CONNECTED -> s.connected();
            case UNREADABLE -> s.unreadable().replace("{example}", "\"" + (r.example() == null ? "" : r.example()) + "\"");
            case RECONNECTING -> s.reconnecting();
            case NONE -> s.none();
        };
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
            case TEMPORARY -> o.temporary();
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
