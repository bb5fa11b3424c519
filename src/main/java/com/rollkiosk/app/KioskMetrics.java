package com.rollkiosk.app;

import com.rollkiosk.domain.Intensity;
import com.rollkiosk.domain.KioskEvent;
import com.rollkiosk.domain.RollerState;
import com.rollkiosk.domain.Screen;
import com.rollkiosk.domain.SensorStatus;
import com.rollkiosk.sensor.ContactTracker;
import com.rollkiosk.sensor.SensorStats;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.core.metrics.Info;
import io.prometheus.metrics.instrumentation.jvm.JvmGarbageCollectorMetrics;
import io.prometheus.metrics.instrumentation.jvm.JvmMemoryMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The kiosk's Prometheus metrics, in a registry of its own. Counters count from zero in each
 * process, as Prometheus expects ({@code rate()} and {@code increase()} see a restart); the time
 * since the roller last saw a person is remembered across restarts ({@link LastPersonSeen}).
 * Nothing in a label identifies a person: regions and intensities are ids, and no label is free
 * text. Everything is counted whether or not the endpoint is on, so turning it on in staff mode
 * shows the counts since the start.
 *
 * <p>Hooks for parts that report through here, each optional and read at scrape time on the
 * endpoint's thread, so each must be quick and thread-safe: {@link #sensor}, {@link #outOfOrder},
 * {@link #rollerMayBeBroken}.
 */
final class KioskMetrics {

    /** Served by the out-of-order screen too ({@link OutOfOrderMetrics}): one name for both. */
    static final String OUT_OF_ORDER = "rollkiosk_out_of_order";
    static final String PROCESS_START = "rollkiosk_process_start_time_seconds";


    /** What the activity log tells about itself; read at scrape time. */
    interface LogHealth {
        /** Lines dropped since the start: never written, for any reason. */
        long linesLost();

        /** True while lines cannot be written. */
        boolean failing();
    }

    static final String ROLLER = "roller";
    static final String TOUCH = "touch";

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final LastPersonSeen lastPerson;
    private final Counter sessionsStarted;
    private final Counter sessionsEnded;
    private final Counter notSafe;
    private final Counter holdsCompleted;
    private final Counter heldSeconds;
    private final Histogram steadyShare;
    private volatile Intensity intensity = Intensity.MAXIMAL;
    private volatile ContactTracker tracker;
    private volatile BooleanSupplier outOfOrder = () -> false;
    private volatile BooleanSupplier rollerMayBeBroken = () -> false;
    private volatile FileStore dataStore;

    /**
     * @param regions    the content's region ids, so every hold series exists from zero
     * @param language   the language the kiosk starts in
     * @param contentDir the content in use, whose hash {@code rollkiosk_build_info} carries
     * @param dataDir    the data folder, whose free space is reported
     */
    KioskMetrics(List<String> regions, String language, Path contentDir, Path dataDir, LogHealth log,
                 LastPersonSeen lastPerson) {
        this.lastPerson = lastPerson;
        Info buildInfo = Info.builder().name("rollkiosk_build_info")
                .help("The kiosk's version, start language and a hash of its content folder")
                .labelNames("version", "language", "content_hash").register(registry);
        // Hashing the content reads every file once more: off the start's path.
        Thread hash = new Thread(() -> buildInfo.setLabelValues(Version.current(), language, ContentHash.of(contentDir)),
                "content-hash");
        hash.setDaemon(true);
        hash.start();
        double startSeconds = ManagementFactory.getRuntimeMXBean().getStartTime() / 1000.0;
        GaugeWithCallback.builder().name(PROCESS_START)
                .help("When this kiosk process started, in seconds since the epoch")
                .callback(cb -> cb.call(startSeconds)).register(registry);

        sessionsStarted = Counter.builder().name("rollkiosk_sessions_started")
                .help("Routines started").register(registry);
        sessionsEnded = Counter.builder().name("rollkiosk_sessions_ended")
                .help("Routines ended, by outcome: finished, or abandoned (left, timed out, ended early)")
                .labelNames("outcome").register(registry);
        for (KioskEvent.Outcome o : KioskEvent.Outcome.values()) {
            sessionsEnded.initLabelValues(lower(o));
        }
        notSafe = Counter.builder().name("rollkiosk_sessions_not_safe")
                .help("Runners the safety list sent away before a routine").register(registry);
        holdsCompleted = Counter.builder().name("rollkiosk_holds_completed")
                .help("Holds completed, by region id, intensity, and whether the roller or a touch timed them")
                .labelNames("region", "intensity", "timed_by").register(registry);
        for (String region : regions) {
            for (Intensity i : Intensity.values()) {
                holdsCompleted.initLabelValues(region, lower(i), ROLLER);
                holdsCompleted.initLabelValues(region, lower(i), TOUCH);
            }
        }
        heldSeconds = Counter.builder().name("rollkiosk_held_seconds")
                .help("Time held in completed and skipped holds, in seconds").register(registry);
        steadyShare = Histogram.builder().name("rollkiosk_roller_hold_steady_ratio")
                .help("Of each roller-timed hold, the share spent holding still (0 to 1)")
                .classicUpperBounds(0.25, 0.5, 0.75, 0.9, 1.0).classicOnly().register(registry);

        GaugeWithCallback.builder().name("rollkiosk_sensor_status")
                .help("The roller sensor's link: 1 for the state it is in, 0 for the others").labelNames("state")
                .callback(cb -> {
                    SensorStatus now = status();
                    for (SensorStatus s : SensorStatus.values()) {
                        cb.call(s == now ? 1 : 0, lower(s));
                    }
                }).register(registry);
        sensorCounter("rollkiosk_roller_contacts", "Times a person got on the roller", SensorStats::contacts);
        sensorCounter("rollkiosk_sensor_reconnects", "Sensor connections after the first", SensorStats::reconnects);
        sensorCounter("rollkiosk_sensor_readings", "Lines that carried a reading", SensorStats::samples);
        sensorCounter("rollkiosk_sensor_garbage_lines", "Lines skipped as neither a reading nor an info line",
                SensorStats::garbage);
        sensorCounter("rollkiosk_sensor_unreadable_lines", "Lines that carried no reading: garbage and info lines",
                SensorStats::unreadable);
        GaugeWithCallback.builder().name("rollkiosk_roller_seconds_since_last_person")
                .help("Seconds since the roller last saw a person (0 while someone is on it); kept across restarts, "
                        + "counted from the first start on a kiosk that never saw anyone")
                .callback(cb -> cb.call(lastPerson.secondsSince(personOn()))).register(registry);
        GaugeWithCallback.builder().name("rollkiosk_roller_levels_source")
                .help("Where the roller's empty level and thresholds come from: 1 for the source in use")
                .labelNames("source").callback(cb -> {
                    RollerState.Source now = rollerState(RollerState::source);
                    for (RollerState.Source s : RollerState.Source.values()) {
                        cb.call(s == now ? 1 : 0, lower(s));
                    }
                }).register(registry);
        flag("rollkiosk_roller_may_be_broken", "1 while the kiosk suspects the roller's sensor is broken",
                () -> rollerMayBeBroken);

        CounterWithCallback.builder().name("rollkiosk_activity_log_lost_lines")
                .help("Activity log lines lost since the start").callback(cb -> cb.call(log.linesLost()))
                .register(registry);
        flag("rollkiosk_activity_log_failing", "1 while the activity log cannot be written", () -> log::failing);
        flag(OUT_OF_ORDER, "1 while the kiosk shows its out-of-order screen", () -> outOfOrder);
        GaugeWithCallback.builder().name("rollkiosk_data_free_bytes")
                .help("Free space for the kiosk in its data folder's file system, in bytes")
                .callback(cb -> cb.call(space(dataDir, true))).register(registry);
        GaugeWithCallback.builder().name("rollkiosk_data_size_bytes")
                .help("Size of the data folder's file system, in bytes")
                .callback(cb -> cb.call(space(dataDir, false))).register(registry);

        JvmMemoryMetrics.builder().register(registry);
        JvmGarbageCollectorMetrics.builder().register(registry);
    }

    PrometheusRegistry registry() {
        return registry;
    }

    /** Every flow event, on the event thread. */
    void event(KioskEvent e) {
        if (e instanceof KioskEvent.SessionStarted s) {
            intensity = s.intensity();
            sessionsStarted.inc();
        } else if (e instanceof KioskEvent.SessionEnded s) {
            sessionsEnded.labelValues(lower(s.outcome())).inc();
        } else if (e instanceof KioskEvent.ScreenChanged s && s.to() == Screen.NOT_SAFE) {
            notSafe.inc();
        } else if (e instanceof KioskEvent.HoldCompleted h) {
            // A steady share means the roller measured the hold; without one a touch timed it.
            boolean byRoller = h.steadyPercent() != null;
            holdsCompleted.labelValues(h.step().regionId(), lower(intensity), byRoller ? ROLLER : TOUCH).inc();
            heldSeconds.inc(h.targetSeconds());
            if (byRoller) {
                steadyShare.observe(h.steadyPercent() / 100.0);
            }
        } else if (e instanceof KioskEvent.HoldSkipped h) {
            heldSeconds.inc(h.heldMillis() / 1000.0);
        }
    }

    /** The linked sensor, once there is one: its status, counts and levels are reported from then on. */
    void sensor(ContactTracker linked) {
        tracker = linked;
    }

    /** A person got on the roller; any thread. */
    void personSeen() {
        lastPerson.seen();
    }

    /** Hook: true while the out-of-order screen shows. Default: never. */
    void outOfOrder(BooleanSupplier showing) {
        outOfOrder = showing;
    }

    /** Hook: true while the kiosk suspects its roller is broken. Default: never. */
    void rollerMayBeBroken(BooleanSupplier suspected) {
        rollerMayBeBroken = suspected;
    }

    private SensorStatus status() {
        ContactTracker t = tracker;
        return t == null ? SensorStatus.NONE : t.link().status();
    }

    private boolean personOn() {
        ContactTracker t = tracker;
        return t != null && t.state().contact();
    }

    private <T> T rollerState(Function<RollerState, T> read) {
        ContactTracker t = tracker;
        return t == null ? null : read.apply(t.state());
    }

    private void sensorCounter(String name, String help, ToLongFunction<SensorStats> count) {
        CounterWithCallback.builder().name(name).help(help).callback(cb -> {
            ContactTracker t = tracker;
            cb.call(t == null ? 0 : count.applyAsLong(t.stats()));
        }).register(registry);
    }

    private void flag(String name, String help, java.util.function.Supplier<BooleanSupplier> flag) {
        GaugeWithCallback.builder().name(name).help(help)
                .callback(cb -> cb.call(flag.get().getAsBoolean() ? 1 : 0)).register(registry);
    }

    /** Found once: finding a folder's file system reads the system's whole mount table. */
    private double space(Path dir, boolean free) {
        try {
            FileStore store = dataStore;
            if (store == null) {
                store = Files.getFileStore(dir);
                dataStore = store;
            }
            return free ? store.getUsableSpace() : store.getTotalSpace();
        } catch (IOException | SecurityException e) {
            dataStore = null;
            return Double.NaN;
        }
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
