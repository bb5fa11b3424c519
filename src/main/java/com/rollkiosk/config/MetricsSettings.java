package com.rollkiosk.config;

/**
 * The Prometheus endpoint. Off unless {@code listen} names where to listen: a chain's kiosks are
 * scraped only where staff asked for it, and a kiosk alone on a gym's network exposes nothing.
 *
 * @param listen {@code HOST:PORT} to serve {@code GET /metrics} on (e.g. {@code 127.0.0.1:9464}); null or
 *               empty for off. Not refused by the loader: an address that cannot be bound is a
 *               {@code check} problem and, at run time, a line in the log and diagnostics, never a
 *               reason to start on other settings
 */
public record MetricsSettings(String listen) {

    public static MetricsSettings defaults() {
        return new MetricsSettings(null);
    }

    /** True when an address is set. */
    public boolean enabled() {
        return listen != null && !listen.isBlank();
    }
}
