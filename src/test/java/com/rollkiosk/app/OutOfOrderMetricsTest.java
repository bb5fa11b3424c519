package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kiosk that cannot start still tells a chain's Prometheus it is out of order, not down. */
class OutOfOrderMetricsTest {

    @TempDir
    Path dir;

    @Test
    void theOutOfOrderScreenServesItsFlagAndLetsTheAddressGoBeforeTheNextTry() throws Exception {
        int port = MetricsEndpointTest.freePort();
        OutOfOrderMetrics metrics = new OutOfOrderMetrics();
        metrics.serve("127.0.0.1:" + port);

        String body = awaitScrape(port);
        assertThat(body).contains("rollkiosk_out_of_order 1.0").contains("rollkiosk_process_start_time_seconds");

        metrics.stop();
        try (ServerSocket again = new ServerSocket(port, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            assertThat(again.isBound()).as("the kiosk's own endpoint can take the address").isTrue();
        }
    }

    @Test
    void theAddressIsReadFromAConfigTheKioskRefusedButNotFromOneThatIsNoJson() throws Exception {
        Path refused = Files.writeString(dir.resolve("kiosk.json"),
                "{\"metrics\": {\"listen\": \"127.0.0.1:9464\"}, \"hold\": {\"maximalSeconds\": \"thirty\"}}");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"metrics\": {\"listen\": ");

        assertThat(OutOfOrder.metricsListen(refused)).isEqualTo("127.0.0.1:9464");
        assertThat(OutOfOrder.metricsListen(broken)).isNull();
        assertThat(OutOfOrder.metricsListen(dir.resolve("none.json"))).isNull();
    }

    private static String awaitScrape(int port) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest get = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try {
                return client.send(get, HttpResponse.BodyHandlers.ofString()).body();
            } catch (java.io.IOException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.onSpinWait();
            }
        }
    }
}
