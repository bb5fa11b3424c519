package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.config.SensorSettings;
import com.rollkiosk.domain.Intensity;
import com.rollkiosk.domain.KioskEvent;
import com.rollkiosk.domain.Screen;
import com.rollkiosk.domain.SensorStatus;
import com.rollkiosk.domain.Side;
import com.rollkiosk.domain.Step;
import com.rollkiosk.sensor.ContactListener;
import com.rollkiosk.sensor.ContactTracker;
import io.prometheus.metrics.config.EscapingScheme;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The families as Prometheus reads them: the text a scrape returns, after the kiosk's own events. */
class KioskMetricsTest {

    @TempDir
    Path data;

    private long lost;
    private boolean failing;
    private LastPersonSeen seen;

    @org.junit.jupiter.api.AfterEach
    void saved() {
        seen.close();
    }

    private KioskMetrics metrics() {
        seen = LastPersonSeen.open(data, Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));
        return new KioskMetrics(List.of("calves", "quads"), "de", data, data, new KioskMetrics.LogHealth() {
            @Override
            public long linesLost() {
                return lost;
            }

            @Override
            public boolean failing() {
                return failing;
            }
        }, seen);
    }

    static String scrape(PrometheusRegistry registry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrometheusTextFormatWriter.create().write(out, registry.scrape(), EscapingScheme.UNDERSCORE_ESCAPING);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The value of the one sample line that starts with {@code series}, labels in the order the client writes them. */
    static double value(String text, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(text);
        assertThat(m.find()).as(series + " in\n" + text).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void countersStartAtZeroAndEverySeriesAHoldCanHaveIsThereFromTheStart() throws IOException {
        String text = scrape(metrics().registry());
        assertThat(value(text, "rollkiosk_sessions_started_total")).isZero();
        assertThat(value(text, "rollkiosk_sessions_ended_total{outcome=\"abandoned\"}")).isZero();
        for (String region : List.of("calves", "quads")) {
            for (String intensity : List.of("maximal", "minimal")) {
                for (String by : List.of("roller", "touch")) {
                    assertThat(value(text, "rollkiosk_holds_completed_total{intensity=\"" + intensity + "\",region=\""
                            + region + "\",timed_by=\"" + by + "\"}")).isZero();
                }
            }
        }
        assertThat(value(text, "rollkiosk_sensor_status{state=\"none\"}")).isEqualTo(1);
        assertThat(value(text, "rollkiosk_sensor_status{state=\"connected\"}")).isZero();
        assertThat(value(text, "rollkiosk_out_of_order")).isZero();
        assertThat(value(text, "rollkiosk_roller_may_be_broken")).isZero();
        assertThat(text).contains("jvm_memory_used_bytes{area=\"heap\"}").contains("jvm_gc_collection_seconds_count");
        assertThat(value(text, "rollkiosk_process_start_time_seconds")).isGreaterThan(1.7e9);
        assertThat(value(text, "rollkiosk_data_free_bytes")).isPositive();
    }

    @Test
    void sessionsAndHoldsAreCountedByRegionIntensityAndWhatTimedThem() throws IOException {
        KioskMetrics m = metrics();
        m.event(new KioskEvent.ScreenChanged(Screen.CONTRAINDICATIONS, Screen.NOT_SAFE));
        m.event(new KioskEvent.SessionStarted("legs", Intensity.MINIMAL, 2));
        m.event(new KioskEvent.HoldCompleted(new Step("calves", Side.LEFT), 90, 80));
        m.event(new KioskEvent.HoldCompleted(new Step("calves", Side.RIGHT), 90, null));
        m.event(new KioskEvent.HoldSkipped(new Step("quads", Side.CENTRE), 12_500));
        m.event(new KioskEvent.SessionEnded("legs", KioskEvent.Outcome.ABANDONED, 2, 3));
        m.event(new KioskEvent.SessionStarted("one", Intensity.MAXIMAL, 1));
        m.event(new KioskEvent.HoldCompleted(new Step("quads", Side.CENTRE), 30, 40));
        m.event(new KioskEvent.SessionEnded("one", KioskEvent.Outcome.FINISHED, 1, 1));

        String text = scrape(m.registry());
        assertThat(value(text, "rollkiosk_sessions_not_safe_total")).isEqualTo(1);
        assertThat(value(text, "rollkiosk_sessions_started_total")).isEqualTo(2);
        assertThat(value(text, "rollkiosk_sessions_ended_total{outcome=\"abandoned\"}")).isEqualTo(1);
        assertThat(value(text, "rollkiosk_sessions_ended_total{outcome=\"finished\"}")).isEqualTo(1);
        assertThat(value(text, "rollkiosk_holds_completed_total{intensity=\"minimal\",region=\"calves\",timed_by=\"roller\"}"))
                .isEqualTo(1);
        assertThat(value(text, "rollkiosk_holds_completed_total{intensity=\"minimal\",region=\"calves\",timed_by=\"touch\"}"))
                .isEqualTo(1);
        assertThat(value(text, "rollkiosk_holds_completed_total{intensity=\"maximal\",region=\"quads\",timed_by=\"roller\"}"))
                .isEqualTo(1);
        assertThat(value(text, "rollkiosk_held_seconds_total")).isEqualTo(90 + 90 + 12.5 + 30);
        assertThat(value(text, "rollkiosk_roller_hold_steady_ratio_count")).isEqualTo(2);
        assertThat(value(text, "rollkiosk_roller_hold_steady_ratio_sum")).isEqualTo(1.2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(value(text, "rollkiosk_roller_hold_steady_ratio_bucket{le=\"0.5\"}")).isEqualTo(1);
    }

    @Test
    void noLabelCarriesFreeTextOnlyIdsAndFixedWords() throws IOException {
        KioskMetrics m = metrics();
        m.event(new KioskEvent.SessionStarted("my-routine", Intensity.MAXIMAL, 1));
        m.event(new KioskEvent.HoldCompleted(new Step("calves", Side.LEFT), 30, 50));
        Matcher labels = Pattern.compile("(?m)^rollkiosk_\\w+\\{([^}]*)}").matcher(scrape(m.registry()));
        Pattern allowed = Pattern.compile("(outcome|region|intensity|timed_by|state|source|le|version|language|content_hash)"
                + "=\"[A-Za-z0-9._ +-]*\"");
        int seen = 0;
        while (labels.find()) {
            for (String pair : labels.group(1).split(",")) {
                assertThat(pair).matches(allowed);
                seen++;
            }
        }
        assertThat(seen).isGreaterThan(20);
    }

    @Test
    void theSensorsStatusCountsAndLevelsComeFromTheLinkedTracker() throws IOException {
        KioskMetrics m = metrics();
        ContactTracker tracker = new ContactTracker(ContactTracker.settings(SensorSettings.defaults(), null),
                new ContactListener() {
                    @Override
                    public void contactOn(long tNanos, double value) {
                        m.personSeen();
                    }

                    @Override
                    public void contactOff(long tNanos, double value) {
                    }

                    @Override
                    public void statusChanged(SensorStatus status, String detail) {
                    }
                });
        m.sensor(tracker);
        tracker.onConnected("/dev/ttyACM0");
        tracker.onDisconnected("unplugged");
        tracker.onConnected("/dev/ttyACM0");
        tracker.onGarbage();
        tracker.onInfo("# hello");
        for (int i = 0; i < 50; i++) {
            tracker.onSample(i * 20_000_000L, 500);
        }

        String text = scrape(m.registry());
        assertThat(value(text, "rollkiosk_sensor_status{state=\"connected\"}")).isEqualTo(1);
        assertThat(value(text, "rollkiosk_sensor_status{state=\"reconnecting\"}")).isZero();
        assertThat(value(text, "rollkiosk_sensor_reconnects_total")).isEqualTo(1);
        assertThat(value(text, "rollkiosk_sensor_garbage_lines_total")).isEqualTo(1);
        assertThat(value(text, "rollkiosk_sensor_unreadable_lines_total")).isEqualTo(2);
        assertThat(value(text, "rollkiosk_sensor_readings_total")).isEqualTo(50);
        assertThat(value(text, "rollkiosk_roller_levels_source{source=\"automatic\"}")).isEqualTo(1);
        assertThat(value(text, "rollkiosk_roller_levels_source{source=\"calibration\"}")).isZero();
        assertThat(value(text, "rollkiosk_roller_contacts_total")).isZero();
    }

    @Test
    void theLogsLossesTheHooksAndTheBuildAreReportedAsTheyAreAtScrapeTime() throws Exception {
        KioskMetrics m = metrics();
        lost = 7;
        failing = true;
        m.outOfOrder(() -> true);
        m.rollerMayBeBroken(() -> true);
        long deadline = System.nanoTime() + 10_000_000_000L;
        String text = scrape(m.registry());
        while (!text.contains("rollkiosk_build_info{") && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            text = scrape(m.registry());
        }
        assertThat(value(text, "rollkiosk_activity_log_lost_lines_total")).isEqualTo(7);
        assertThat(value(text, "rollkiosk_activity_log_failing")).isEqualTo(1);
        assertThat(value(text, "rollkiosk_out_of_order")).isEqualTo(1);
        assertThat(value(text, "rollkiosk_roller_may_be_broken")).isEqualTo(1);
        assertThat(text).containsPattern("rollkiosk_build_info\\{content_hash=\"[0-9a-f]{12}\",language=\"de\",version=\"[^\"]+\"} 1");
    }
}
