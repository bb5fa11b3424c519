package com.rollkiosk.app;

import com.rollkiosk.config.MetricsSettings;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Turns the metrics endpoint on, off or to another address as the settings say, at start and when
 * staff save, on a thread of its own: binding never holds up a screen. An address that cannot be
 * bound is logged and shown in diagnostics; the kiosk runs on without metrics.
 */
final class MetricsSwitch implements AutoCloseable {

    /**
     * The endpoint as diagnostics show it.
     *
     * @param listen  the address asked for; null when off
     * @param serving true while it answers there
     * @param problem why it does not, or null
     */
    record Status(String listen, boolean serving, String problem) {
        static final Status OFF = new Status(null, false, null);
    }

    private static final System.Logger LOG = System.getLogger(MetricsSwitch.class.getName());

    private final PrometheusRegistry registry;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "metrics-switch");
        t.setDaemon(true);
        return t;
    });
    private MetricsEndpoint endpoint;
    private volatile Status status = Status.OFF;

    MetricsSwitch(PrometheusRegistry registry) {
        this.registry = registry;
    }

    /** Serves where {@code settings} say, or nothing; returns at once. */
    void use(MetricsSettings settings) {
        String listen = settings.enabled() ? settings.listen().strip() : null;
        worker.execute(() -> switchTo(listen));
    }

    Status status() {
        return status;
    }

    /** Waits until every change asked for so far is done; for tests. */
    void settle() throws Exception {
        worker.submit(() -> { }).get(10, TimeUnit.SECONDS);
    }

    private void switchTo(String listen) {
        if (Objects.equals(listen, status.listen()) && (status.serving() || listen == null)) {
            return;
        }
        if (endpoint != null) {
            endpoint.close();
            endpoint = null;
        }
        if (listen == null) {
            status = Status.OFF;
            return;
        }
        try {
            endpoint = MetricsEndpoint.start(listen, registry);
            status = new Status(listen, true, null);
            LOG.log(System.Logger.Level.INFO, "metrics: serving http://" + listen + MetricsEndpoint.PATH);
        } catch (IOException e) {
            String why = MetricsEndpoint.why(listen, e);
            status = new Status(listen, false, why);
            LOG.log(System.Logger.Level.WARNING, "metrics: " + why + "; the kiosk runs on without metrics");
        }
    }

    /** Stops serving; the kiosk is closing. */
    @Override
    public void close() {
        worker.execute(() -> switchTo(null));
        worker.shutdown();
    }
}
