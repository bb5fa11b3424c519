package com.rollkiosk.app;

import com.rollkiosk.domain.Clock;
import com.rollkiosk.domain.RollerHealth;
import com.rollkiosk.domain.StuckReading;
import com.rollkiosk.sensor.ContactTracker;
import com.rollkiosk.sensor.LinkReport;
import com.rollkiosk.sensor.PortReport;
import com.rollkiosk.sensor.RecentValues;
import com.rollkiosk.sensor.SensorStats;
import com.rollkiosk.ui.DiagnosticsSource;
import com.rollkiosk.ui.DiagnosticsSource.Sound;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What staff diagnostics show, gathered from the running tracker, the activity log and the data
 * folder. Every read is a snapshot the tracker or log already keeps, plus one question to the
 * file system about free space, so it is quick enough for the event thread twice a second.
 */
final class KioskDiagnostics implements DiagnosticsSource {

    private final ContactTracker tracker;
    private final StaffFiles.InUse files;
    private final Supplier<Optional<RotatingLog.Failure>> logFailure;
    private final Clock clock;
    private final Supplier<RollerHealth> health;
    private final long started;
    private final Supplier<Sound> sound;
    private Supplier<MetricsSwitch.Status> metrics = () -> MetricsSwitch.Status.OFF;
    private Supplier<String> cannotRemember = () -> null;

    /**
     * @param logFailure why the activity log is not written, empty while it is
     * @param clock      the kiosk's clock; uptime counts from this object's making
     */
    KioskDiagnostics(ContactTracker tracker, StaffFiles.InUse files,
                     Supplier<Optional<RotatingLog.Failure>> logFailure, Clock clock) {
        this(tracker, files, logFailure, clock, () -> Sound.OFF, RollerHealth::new);
    }

    /**
     * @param sound  how the sounds are doing
     * @param health the flow's count of touch-timed holds the roller saw nobody in; read on the event thread
     */
    KioskDiagnostics(ContactTracker tracker, StaffFiles.InUse files,
                     Supplier<Optional<RotatingLog.Failure>> logFailure, Clock clock, Supplier<Sound> sound,
                     Supplier<RollerHealth> health) {
        this.sound = sound;
        this.health = health;
        this.tracker = tracker;
        this.files = files;
        this.logFailure = logFailure;
        this.clock = clock;
        this.started = clock.nanoTime();
    }

    /** Also reports the metrics endpoint as {@code status} tells it. */
    KioskDiagnostics metrics(Supplier<MetricsSwitch.Status> status) {
        this.metrics = status;
        return this;
    }

    @Override
    public Report read() {
        LinkReport link = tracker.link();
        SensorStats stats = tracker.stats();
        Path data = files.data().path();
        long free = freeBytes(data);
        Optional<RotatingLog.Failure> failure = logFailure.get();
        Logging logging = logging(failure, data, free);
        String problem = failure.map(RotatingLog.Failure::reason).orElse(null);
        return new Report(link.status(), link.port(), link.info(), link.example(), linkProblem(link.lastError()),
                stats.samples() == 0 ? null : tracker.state().lastValue(), stats.samples(), stats.garbage(),
                stats.reconnects(), plot(tracker.recent()), Version.current(),
                (clock.nanoTime() - started) / 1_000_000L,
                List.of(file(files.config()), file(files.content()), file(files.data())), free, logging, problem,
                metrics(metrics.get()));
    }

    private static Metrics metrics(MetricsSwitch.Status s) {
        return new Metrics(s.listen(), s.serving(), s.problem());
    }

    @Override
    public Sound sound() {
        return sound.get();
    }

    @Override
    public List<PortSeen> ports() {
        long now = clock.nanoTime();
        return tracker.ports().stream().map(p -> new PortSeen(p.path(), Seen.valueOf(p.seen().name()), p.detail(),
                p.nextProbeNanos() == PortReport.NO_PROBE ? null : Math.max(0, p.nextProbeNanos() - now) / 1_000_000L))
                .toList();
    }

    /** Why the roller's empty level cannot be kept in the data folder, or null while it can. */
    KioskDiagnostics levelsMemory(Supplier<String> cannotRemember) {
        this.cannotRemember = cannotRemember;
        return this;
    }

    @Override
    public Levels levels() {
        return new Levels(tracker.stats().samples() == 0 ? null : tracker.state().source(), cannotRemember.get());
    }

    @Override
    public RollerCheck rollerCheck() {
        RollerHealth h = health.get();
        return new RollerCheck(tracker.readingStuck(), tracker.stuckValue(), StuckReading.STUCK_NANOS / 1_000_000_000L,
                h.holdsWithoutPerson(), h.limit());
    }

    /**
     * The kind of a sensor source's reason for losing or ending its link, read from the words the
     * sources write it in (NoSensorSource, SerialSource, SerialPorts, PortReader, ReplaySource);
     * null for none. A reason no rule knows is OTHER: the words themselves stay in the log.
     */
    static LinkProblem linkProblem(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String r = reason.toLowerCase(java.util.Locale.ROOT);
        if (r.startsWith("no sensor configured")) {
            return LinkProblem.NO_SENSOR;
        } else if (r.startsWith("port lost")) {
            return LinkProblem.PORT_LOST;
        } else if (r.startsWith("nothing received")) {
            return LinkProblem.SILENT;
        } else if (r.startsWith("no such port")) {
            return LinkProblem.NO_SUCH_PORT;
        } else if (r.startsWith("permission denied")) {
            return LinkProblem.NO_PERMISSION;
        } else if (r.contains(" is busy")) {
            return LinkProblem.BUSY;
        } else if (r.startsWith("cannot open")) {
            return LinkProblem.CANNOT_OPEN;
        } else if (r.startsWith("no arduino found")) {
            return LinkProblem.NO_BOARD_FOUND;
        } else if (r.startsWith("end of replay") || r.startsWith("replay stopped") || r.startsWith("cannot read")) {
            return LinkProblem.REPLAY_ENDED;
        }
        return LinkProblem.OTHER;
    }

    /**
     * A failed write is a full disk when the system says so or nothing is free; otherwise the folder
     * cannot be written. A folder that cannot be written is said before the log has even tried.
     */
    static Logging logging(Optional<RotatingLog.Failure> failure, Path data, long free) {
        if (failure.isPresent()) {
            String reason = String.valueOf(failure.get().reason());
            return reason.contains("No space left") || reason.contains("Disk quota") || free == 0
                    ? Logging.DISK_FULL : Logging.CANNOT_WRITE;
        }
        return Files.isDirectory(data) && Files.isWritable(data) ? Logging.WORKING : Logging.CANNOT_WRITE;
    }

    private static long freeBytes(Path data) {
        try {
            return Files.getFileStore(data).getUsableSpace();
        } catch (IOException | SecurityException e) {
            return -1;
        }
    }

    private static Plot plot(RecentValues.Snapshot recent) {
        long[] t = recent.tNanos();
        double[] ages = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            ages[i] = (t[i] - t[t.length - 1]) / 1e9;
        }
        return new Plot(ages, recent.values());
    }

    static FileInUse file(StaffFiles.Found found) {
        String origin = found.origin();
        Origin o;
        if (origin.contains(StaffFiles.CANNOT_CREATE)) {
            o = Origin.CANNOT_CREATE;
        } else if (origin.equals(StaffFiles.GIVEN)) {
            o = Origin.GIVEN;
        } else if (origin.equals(StaffFiles.BESIDE_THE_JAR)) {
            o = Origin.BESIDE_THE_JAR;
        } else if (origin.equals(StaffFiles.BUILT_IN_ORIGIN)) {
            o = Origin.BUILT_IN;
        } else {
            o = Origin.PER_USER;
        }
        return new FileInUse(found.where(), o);
    }
}
