package com.rollkiosk.app;

import com.rollkiosk.config.KioskConfig;
import com.rollkiosk.config.MetricsSettings;
import com.rollkiosk.json.JsonFiles;
import com.rollkiosk.json.Problems;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * {@code check}'s rule for {@code metrics.listen}: the address must be one this machine can serve
 * on now. Not a loader rule, because at run time an address that cannot be bound must not make the
 * kiosk start on other settings; only {@code check} tries it. A port held by this kiosk's own
 * endpoint (staff run {@code check} while the kiosk runs) is no problem.
 */
final class MetricsCheck {

    private MetricsCheck() {
    }

    /** Adds a problem at {@code metrics.listen} in {@code file} when it is set and cannot be bound. */
    static void listen(Path file, MetricsSettings metrics, Problems problems) {
        if (!metrics.enabled()) {
            return;
        }
        MetricsEndpoint.problem(metrics.listen()).filter(why -> !servedByAKiosk(metrics.listen()))
                .ifPresent(why -> JsonFiles.read(file, KioskConfig.class, new Problems()).ifPresent(parsed ->
                        problems.in(file.toString(), parsed.locations()).report("metrics.listen", why)));
    }

    /** True when a RollKiosk's metrics answer there already. */
    static boolean servedByAKiosk(String listen) {
        try {
            var address = MetricsEndpoint.address(listen);
            String host = address.getAddress().isAnyLocalAddress() ? "127.0.0.1" : address.getAddress().getHostAddress();
            if (host.contains(":")) {
                host = "[" + host + "]";
            }
            HttpURLConnection c = (HttpURLConnection) URI.create("http://" + host + ":" + address.getPort()
                    + MetricsEndpoint.PATH).toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(2000);
            try (InputStream in = c.getInputStream()) {
                return c.getResponseCode() == 200
                        && new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8).contains("rollkiosk_build_info");
            } finally {
                c.disconnect();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
