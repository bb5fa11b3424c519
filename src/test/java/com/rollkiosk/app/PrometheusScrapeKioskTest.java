package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rollkiosk.domain.Intensity;
import com.rollkiosk.domain.RoutinePlan;
import com.rollkiosk.domain.Screen;
import com.rollkiosk.sensor.SimulatedSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Prometheus server scrapes two running kiosks, found through file-based service discovery
 * with a {@code gym} label each, as the README's scrape config does. Kiosk "berlin" has the
 * simulated roller, and a person on it completes a hold; kiosk "hamburg" has a dead sensor
 * (connected, stuck at one value), and runners complete three holds by touch there while 200
 * scrapes at a time hit it. Through Prometheus' HTTP API: the holds are counted as the roller or
 * a touch timed them, both sensors are connected, and "roller sees nobody" fires for hamburg
 * alone, under shortened timings (see {@link PrometheusTools#shortenedRules}). The first touch hold
 * still completes on time under the scrapes. The queries' answers go to
 * {@code target/prometheus-scrape-results.txt}.
 */
class PrometheusScrapeKioskTest {

    private static final int HOLD_SECONDS = 5;
    /** How late a hold may complete under 200 parallel scrapes, on a shared 2-core machine. */
    private static final long LATE_MS = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private final List<String> results = new ArrayList<>();

    @Test
    void prometheusSeesHoldsAndSensorsAndADeadSensorFiresRollerSeesNobody() throws Exception {
        PrometheusTools.require("prometheus");
        int berlinPort = MetricsEndpointTest.freePort();
        int hamburgPort = MetricsEndpointTest.freePort();
        Path stuck = tmp.resolve("stuck.csv");
        StringBuilder lines = new StringBuilder();
        for (int t = 0; t < 20 * 60 * 50; t++) {
            lines.append(t * 20).append(",512\n");
        }
        Files.writeString(stuck, lines);

        KioskApp berlin = launch("berlin", berlinPort, "sim");
        KioskApp hamburg = launch("hamburg", hamburgPort, "replay:" + stuck);
        Path targets = Files.writeString(tmp.resolve("kiosks.json"), "[\n"
                + "  {\"targets\": [\"127.0.0.1:" + berlinPort + "\"], \"labels\": {\"gym\": \"berlin\"}},\n"
                + "  {\"targets\": [\"127.0.0.1:" + hamburgPort + "\"], \"labels\": {\"gym\": \"hamburg\"}}\n]\n");
        Path rules = Files.writeString(tmp.resolve("rules.yml"), PrometheusTools.shortenedRules("5m", 20, "3s"));
        Path config = Files.writeString(tmp.resolve("prometheus.yml"), "global:\n  scrape_interval: 1s\n"
                + "  evaluation_interval: 1s\nrule_files:\n  - " + rules + "\nscrape_configs:\n  - job_name: rollkiosk\n"
                + "    file_sd_configs:\n      - files: ['" + targets + "']\n");
        try (PrometheusTools prometheus = PrometheusTools.start(tmp, config, MetricsEndpointTest.freePort())) {
            awaitQuery(prometheus, "count(up{job=\"rollkiosk\"} == 1) == 2");

            // berlin: a person lies on the simulated roller through a 5 s hold.
            startHold(berlin, List.of("calves"));
            ((SimulatedSource) berlin.settings().sensor()).getOn();
            awaitQuery(prometheus, "sum(rollkiosk_holds_completed_total{gym=\"berlin\",timed_by=\"roller\"}) == 1");
            ((SimulatedSource) berlin.settings().sensor()).getOff();

            // hamburg: three holds by touch; the first under 200 parallel scrapes at a time.
            startHold(hamburg, List.of("calves", "quads", "hamstrings"));
            AtomicInteger scrapes = new AtomicInteger();
            try (Storm storm = new Storm("http://127.0.0.1:" + hamburgPort + "/metrics", 200, scrapes)) {
                tap(hamburg, () -> hamburg.flow().holdStart());
                awaitLogged(hamburg, 1);
            }
            long late = lateness(hamburg);
            results.add("first touch hold under 200 parallel scrapes: " + scrapes.get() + " scrapes answered during it,"
                    + " completed " + late + " ms after its " + HOLD_SECONDS + " s");
            assertThat(late).as("ms late").isBetween(-5L, LATE_MS);
            for (int n = 2; n <= 3; n++) {
                tap(hamburg, () -> hamburg.flow().next());
                tap(hamburg, () -> hamburg.flow().holdStart());
                awaitLogged(hamburg, n);
            }

            awaitQuery(prometheus, "sum(rollkiosk_holds_completed_total{gym=\"hamburg\",timed_by=\"touch\"}) == 3");
            List<JsonNode> holds = awaitQuery(prometheus,
                    "sum by (gym, timed_by) (rollkiosk_holds_completed_total) > 0");
            assertThat(holds).extracting(h -> h.path("metric").path("gym").asText() + "/"
                    + h.path("metric").path("timed_by").asText() + "=" + (int) PrometheusTools.value(h))
                    .containsExactlyInAnyOrder("berlin/roller=1", "hamburg/touch=3");
            List<JsonNode> connected = awaitQuery(prometheus, "rollkiosk_sensor_status{state=\"connected\"} == 1");
            assertThat(connected).extracting(c -> c.path("metric").path("gym").asText())
                    .containsExactlyInAnyOrder("berlin", "hamburg");
            awaitQuery(prometheus, "rollkiosk_roller_contacts_total{gym=\"berlin\"} >= 1");
            List<JsonNode> firing = awaitQuery(prometheus,
                    "ALERTS{alertname=\"RollKioskRollerSeesNobody\",alertstate=\"firing\"}");
            assertThat(firing).extracting(a -> a.path("metric").path("gym").asText()).containsExactly("hamburg");
            query(prometheus, "rollkiosk_roller_seconds_since_last_person");
            query(prometheus, "rollkiosk_sensor_readings_total");
            assertThat(query(prometheus, "ALERTS{alertname=\"RollKioskRollerSeesNobody\",gym=\"berlin\"}")).isEmpty();
        } finally {
            berlin.close();
            hamburg.close();
            Files.write(Path.of("target", "prometheus-scrape-results.txt"), results);
        }
    }

    private KioskApp launch(String gym, int port, String sensor) throws Exception {
        Path config = Files.writeString(tmp.resolve(gym + ".json"), "{ \"hold\": { \"maximalSeconds\": " + HOLD_SECONDS
                + ", \"minimalSeconds\": 10, \"getReadySeconds\": 0 }, \"metrics\": { \"listen\": \"127.0.0.1:" + port
                + "\" } }\n");
        KioskApp.Settings s = new KioskCommand().settings(new String[] {"--windowed", "--sensor", sensor,
                "--config", config.toString(), "--data", tmp.resolve(gym).toString()});
        KioskApp app = KioskApp.launch(s);
        AppWindow.waitFor(() -> app.ui() != null && app.ui().showing() == Screen.ATTRACT && app.sensor() != null);
        app.metricsSwitch().settle();
        assertThat(app.metricsSwitch().status().serving()).as(String.valueOf(app.metricsSwitch().status())).isTrue();
        return app;
    }

    /** Each tap once the screen takes it: the tap guard and the safety list's reading second passed, as for a person. */
    private static void startHold(KioskApp app, List<String> regions) throws Exception {
        tap(app, () -> app.flow().start());
        tap(app, () -> app.flow().noneApply());
        tap(app, () -> app.flow().chooseRoutine(new RoutinePlan("metrics-test",
                regions.stream().map(r -> new RoutinePlan.Entry(r, false)).toList())));
        tap(app, () -> app.flow().chooseIntensity(Intensity.MAXIMAL));
    }

    private static void tap(KioskApp app, Runnable command) throws Exception {
        AppWindow.waitFor(() -> app.flow().nanosUntilConfirmCounts() <= 0);
        AppWindow.onEdt(() -> {
            command.run();
            return null;
        });
    }

    /** Waits until the activity log holds {@code n} completed holds. */
    private static void awaitLogged(KioskApp app, int n) throws Exception {
        Path log = app.settings().dataDir().resolve(ActivityLog.FILE);
        waitUntil(() -> Files.exists(log) && Files.readAllLines(log).stream()
                .filter(l -> l.contains("\"hold_complete\"")).count() >= n, 30);
    }

    /** The first hold's completion against its start, from the activity log's times, less the target. */
    private static long lateness(KioskApp app) throws Exception {
        Instant start = null;
        Instant complete = null;
        for (String line : Files.readAllLines(app.settings().dataDir().resolve(ActivityLog.FILE))) {
            JsonNode e = JSON.readTree(line);
            String event = e.path("event").asText();
            if (event.equals("hold_start") && start == null) {
                start = Instant.parse(e.path("t").asText());
            } else if (event.equals("hold_complete") && complete == null) {
                complete = Instant.parse(e.path("t").asText());
            }
        }
        return Duration.between(start, complete).toMillis() - HOLD_SECONDS * 1000L;
    }

    private List<JsonNode> query(PrometheusTools prometheus, String promql) throws Exception {
        List<JsonNode> result = prometheus.query(promql);
        results.add(promql + "\n  " + result);
        return result;
    }

    /** Asks until the answer is not empty, for at most 60 s; records the answer. */
    private List<JsonNode> awaitQuery(PrometheusTools prometheus, String promql) throws Exception {
        List<List<JsonNode>> last = new ArrayList<>();
        waitUntil(() -> {
            last.add(0, prometheus.query(promql));
            return !last.get(0).isEmpty();
        }, 60);
        results.add(promql + "\n  " + last.get(0));
        return last.get(0);
    }

    private static void waitUntil(Callable<Boolean> condition, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.call()) {
            assertThat(System.nanoTime()).as("waited " + seconds + " s").isLessThan(deadline);
            Thread.sleep(100); // waiting on another process: Prometheus scrapes and evaluates every second
        }
    }

    /** {@code parallel} clients scraping as fast as they are answered, until closed. */
    private static final class Storm implements AutoCloseable {
        private final ExecutorService clients;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Future<?>> done = new ArrayList<>();

        Storm(String url, int parallel, AtomicInteger answered) {
            clients = Executors.newFixedThreadPool(parallel);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpRequest get = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
            for (int i = 0; i < parallel; i++) {
                done.add(clients.submit(() -> {
                    while (running.get()) {
                        HttpResponse<String> r = http.send(get, HttpResponse.BodyHandlers.ofString());
                        assertThat(r.statusCode()).isEqualTo(200);
                        answered.incrementAndGet();
                    }
                    return null;
                }));
            }
        }

        @Override
        public void close() throws Exception {
            running.set(false);
            for (Future<?> f : done) {
                f.get();
            }
            clients.shutdown();
        }
    }
}
