package com.rollkiosk.app;

import com.rollkiosk.config.MetricsSettings;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

import java.lang.management.ManagementFactory;

/**
 * While the kiosk cannot start there is no kiosk to count anything, but a chain's Prometheus must
 * still tell "out of order" from "down": this serves {@code rollkiosk_out_of_order 1} and the process
 * start time where the config's {@code metrics.listen} says (read leniently: the config may be what
 * is broken), and stops before each try to start, so the kiosk's own endpoint can take the address.
 */
final class OutOfOrderMetrics {

    private final MetricsSwitch endpoint;

    OutOfOrderMetrics() {
        PrometheusRegistry registry = new PrometheusRegistry();
        GaugeWithCallback.builder().name(KioskMetrics.OUT_OF_ORDER)
                .help("1 while the kiosk shows its out-of-order screen").callback(cb -> cb.call(1)).register(registry);
        double startSeconds = ManagementFactory.getRuntimeMXBean().getStartTime() / 1000.0;
        GaugeWithCallback.builder().name(KioskMetrics.PROCESS_START)
                .help("When this kiosk process started, in seconds since the epoch")
                .callback(cb -> cb.call(startSeconds)).register(registry);
        endpoint = new MetricsSwitch(registry);
    }

    /** Serves at {@code listen}, or nothing when it is null or blank. */
    void serve(String listen) {
        endpoint.use(new MetricsSettings(listen));
    }

    /** Stops serving, and waits until the address is free again. */
    void stop() {
        endpoint.use(MetricsSettings.defaults());
        try {
            endpoint.settle();
        } catch (Exception e) {
            Thread.currentThread().interrupt();
        }
    }
}
