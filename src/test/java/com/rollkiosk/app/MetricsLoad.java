package com.rollkiosk.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rollkiosk.domain.Intensity;
import com.rollkiosk.domain.RoutinePlan;
import com.rollkiosk.domain.Screen;
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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.SwingUtilities;

/**
 * A running kiosk (window, no sensor, metrics on) scraped by many clients at once while a touch
 * hold runs: each scrape's time from request to the last byte, and how late the hold completed.
 * For the benchmarks ({@code com.rollkiosk.bench.MetricsBench}); lives here because the kiosk's
 * wiring is this package's.
 */
public final class MetricsLoad {

    /**
     * @param scrapeMs     every scrape's time under load, in ms
     * @param aloneMs      one scraper at a time, for comparison
     * @param holdLateMs   the hold's completion (activity log) minus the touch that started it, minus its target
     */
    public record Result(double[] scrapeMs, double[] aloneMs, double holdLateMs) {
    }

    private MetricsLoad() {
    }

    /** Scrapes with {@code parallel} clients for the whole of a {@code holdSeconds} hold. */
    public static Result measure(Path dir, int parallel, int holdSeconds) throws Exception {
        String listen = "127.0.0.1:" + MetricsEndpointTest.freePort();
        Path config = Files.writeString(dir.resolve("kiosk.json"), "{ \"hold\": { \"maximalSeconds\": " + holdSeconds
                + ", \"minimalSeconds\": " + (holdSeconds + 5) + ", \"getReadySeconds\": 0 }, \"metrics\": { \"listen\": \""
                + listen + "\" } }\n");
        KioskApp app = KioskApp.launch(new KioskCommand().settings(new String[] {"--windowed", "--sensor", "none",
                "--config", config.toString(), "--data", dir.resolve("data").toString()}));
        try {
            AppWindow.waitFor(() -> app.ui() != null && app.ui().showing() == Screen.ATTRACT && app.sensor() != null);
            app.metricsSwitch().settle();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
            HttpRequest get = HttpRequest.newBuilder(URI.create("http://" + listen + "/metrics"))
                    .timeout(Duration.ofSeconds(60)).build();
            double[] alone = new double[300];
            for (int i = 0; i < alone.length; i++) {
                alone[i] = timed(http, get);
            }

            ConcurrentLinkedQueue<Double> times = new ConcurrentLinkedQueue<>();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(parallel);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                done.add(clients.submit(() -> {
                    while (running.get()) {
                        times.add(timed(http, get));
                    }
                    return null;
                }));
            }
            Instant[] touched = new Instant[1];
            SwingUtilities.invokeAndWait(() -> {
                app.flow().start();
                app.flow().noneApply();
                app.flow().chooseRoutine(new RoutinePlan("bench", List.of(new RoutinePlan.Entry("calves", false))));
                app.flow().chooseIntensity(Intensity.MAXIMAL);
                touched[0] = Instant.now();
                app.flow().holdStart();
            });
            Path log = app.settings().dataDir().resolve(ActivityLog.FILE);
            Instant completed = null;
            long deadline = System.nanoTime() + (holdSeconds + 60) * 1_000_000_000L;
            while (completed == null && System.nanoTime() < deadline) {
                Thread.sleep(50); // the log's writer thread is another thread's disk: polled
                completed = completion(log);
            }
            running.set(false);
            for (Future<?> f : done) {
                f.get();
            }
            clients.shutdown();
            double late = completed == null ? Double.NaN
                    : Duration.between(touched[0], completed).toMillis() - holdSeconds * 1000.0;
            return new Result(times.stream().mapToDouble(Double::doubleValue).toArray(), alone, late);
        } finally {
            app.close();
        }
    }

    private static double timed(HttpClient http, HttpRequest get) throws Exception {
        long start = System.nanoTime();
        HttpResponse<byte[]> r = http.send(get, HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200 || r.body().length == 0) {
            throw new IllegalStateException("scrape answered " + r.statusCode());
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static Instant completion(Path log) throws Exception {
        if (!Files.exists(log)) {
            return null;
        }
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(log)) {
            var e = json.readTree(line);
            if (e.path("event").asText().equals("hold_complete")) {
                return Instant.parse(e.path("t").asText());
            }
        }
        return null;
    }
}
