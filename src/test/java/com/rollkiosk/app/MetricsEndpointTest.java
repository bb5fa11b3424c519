package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.config.MetricsSettings;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The endpoint answers GET /metrics and nothing else, binds only where it is told, and an address
 * that cannot be bound is a located {@code check} problem and, at run time, a status, never a stop.
 */
class MetricsEndpointTest {

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static PrometheusRegistry registry() {
        PrometheusRegistry registry = new PrometheusRegistry();
        Counter.builder().name("rollkiosk_test_events").help("test").register(registry).inc(3);
        return registry;
    }

    private HttpResponse<String> send(String method, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void getMetricsAnswersInTheTextFormatAndEveryOtherRequestIsAPlain404() throws Exception {
        String listen = "127.0.0.1:" + freePort();
        try (MetricsEndpoint endpoint = MetricsEndpoint.start(listen, registry())) {
            String base = "http://" + listen;
            HttpResponse<String> ok = send("GET", base + "/metrics");
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
            assertThat(ok.body()).contains("# TYPE rollkiosk_test_events_total counter", "rollkiosk_test_events_total 3.0");
            assertThat(endpoint.address().getPort()).isEqualTo(Integer.parseInt(listen.substring(listen.indexOf(':') + 1)));

            for (String[] request : List.of(new String[] {"GET", "/"}, new String[] {"GET", "/metrics/"},
                    new String[] {"GET", "/-/healthy"}, new String[] {"GET", "/metricsx"}, new String[] {"POST", "/metrics"},
                    new String[] {"PUT", "/metrics"}, new String[] {"DELETE", "/metrics"}, new String[] {"HEAD", "/metrics"})) {
                HttpResponse<String> r = send(request[0], base + request[1]);
                assertThat(r.statusCode()).as(String.join(" ", request)).isEqualTo(404);
                assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
                if (!request[0].equals("HEAD")) {
                    assertThat(r.body()).isEqualTo("404 not found\n");
                }
            }
        }
    }

    @Test
    void clientsThatStallMidRequestAreDroppedAndTheEndpointAnswersAgain() throws Exception {
        String listen = "127.0.0.1:" + freePort();
        List<java.net.Socket> stalled = new java.util.ArrayList<>();
        try (MetricsEndpoint endpoint = MetricsEndpoint.start(listen, registry())) {
            // One more stalled client than the endpoint has threads: each holds a thread waiting for the rest of its headers.
            for (int i = 0; i <= MetricsEndpoint.THREADS; i++) {
                java.net.Socket s = new java.net.Socket(endpoint.address().getAddress(), endpoint.address().getPort());
                s.getOutputStream().write("GET /metrics HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                stalled.add(s);
            }
            long start = System.nanoTime();
            HttpResponse<String> r = send("GET", "http://" + listen + "/metrics");
            double waited = (System.nanoTime() - start) / 1e9;
            assertThat(r.statusCode()).isEqualTo(200);
            // The stalled ones are cut off after the timeout, checked once a second.
            assertThat(waited).isLessThan(MetricsEndpoint.TIMEOUT_SECONDS + 3.0);
            for (java.net.Socket s : stalled) {
                assertThat(closedByServer(s)).as("the stalled connection is closed").isTrue();
            }
        } finally {
            for (java.net.Socket s : stalled) {
                s.close();
            }
        }
    }

    /** The end of the stream, or a reset (the server closed with our half request unread); not a timeout. */
    private static boolean closedByServer(java.net.Socket s) throws IOException {
        s.setSoTimeout(10_000);
        try {
            return s.getInputStream().read() == -1;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (java.net.SocketException e) {
            return true;
        }
    }

    @Test
    void itBindsOnlyTheAddressItIsGiven() throws Exception {
        int port = freePort();
        try (MetricsEndpoint endpoint = MetricsEndpoint.start("127.0.0.1:" + port, registry())) {
            assertThat(endpoint.address().getAddress().isLoopbackAddress()).isTrue();
            // Another address of this machine on the same port is not served.
            java.net.InetAddress other = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                    .flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
                    .filter(a -> a instanceof java.net.Inet4Address && !a.isLoopbackAddress()).findFirst().orElse(null);
            if (other != null) {
                try (java.net.Socket s = new java.net.Socket()) {
                    org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> s.connect(new InetSocketAddress(other, port), 2000)).isInstanceOf(IOException.class);
                }
            }
        }
    }

    @Test
    void addressesThatCannotBeBoundSayWhy() throws Exception {
        assertThat(MetricsEndpoint.problem("127.0.0.1:70000")).hasValueSatisfying(
                why -> assertThat(why).contains("127.0.0.1:70000").contains("from 1 to 65535"));
        assertThat(MetricsEndpoint.problem("127.0.0.1:0")).hasValueSatisfying(why -> assertThat(why).contains("from 1 to 65535"));
        assertThat(MetricsEndpoint.problem("9464")).hasValueSatisfying(why -> assertThat(why).contains("HOST:PORT"));
        assertThat(MetricsEndpoint.problem("127.0.0.1:metrics")).hasValueSatisfying(why -> assertThat(why).contains("number"));
        assertThat(MetricsEndpoint.problem("no-such-host.invalid:9464"))
                .hasValueSatisfying(why -> assertThat(why).contains("unknown host"));
        // 192.0.2.1 (TEST-NET-1) is no address of this machine.
        assertThat(MetricsEndpoint.problem("192.0.2.1:9464")).hasValueSatisfying(why -> assertThat(why).contains("cannot listen"));
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertThat(MetricsEndpoint.problem("127.0.0.1:" + taken.getLocalPort()))
                    .hasValueSatisfying(why -> assertThat(why).contains("in use"));
        }
        assertThat(MetricsEndpoint.problem("127.0.0.1:" + freePort())).isEmpty();
    }

    @Test
    void checkNamesTheFieldsPlaceWhenTheAddressCannotBeBoundAndAcceptsOneThatCan() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Path config = Files.writeString(tmp.resolve("kiosk.json"), "{\n  \"language\": \"en\",\n  \"metrics\": {\n"
                    + "    \"listen\": \"127.0.0.1:" + taken.getLocalPort() + "\"\n  }\n}\n");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exit = new CheckCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(out, true, StandardCharsets.UTF_8)).run(new String[] {"--config", config.toString()});
            String said = out.toString(StandardCharsets.UTF_8);
            assertThat(exit).as(said).isEqualTo(2);
            assertThat(said).containsPattern(java.util.regex.Pattern.quote(config.toString())
                    + ":4:\\d+: metrics.listen: cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
        Path fine = Files.writeString(tmp.resolve("fine.json"), "{ \"metrics\": { \"listen\": \"127.0.0.1:" + freePort() + "\" } }\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new CheckCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8)).run(new String[] {"--config", fine.toString()});
        assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
    }

    @Test
    void aPortHeldByARunningKiosksOwnEndpointIsNoProblemForCheck() throws Exception {
        String listen = "127.0.0.1:" + freePort();
        PrometheusRegistry registry = registry();
        io.prometheus.metrics.core.metrics.Info.builder().name("rollkiosk_build_info").help("b").labelNames("version")
                .register(registry).setLabelValues("1");
        try (MetricsEndpoint running = MetricsEndpoint.start(listen, registry)) {
            assertThat(MetricsEndpoint.problem(listen)).isPresent();
            assertThat(MetricsCheck.servedByAKiosk(listen)).isTrue();
        }
        try (MetricsEndpoint other = MetricsEndpoint.start(listen, registry())) {
            assertThat(MetricsCheck.servedByAKiosk(listen)).isFalse();
        }
    }

    @Test
    void atRunTimeAnAddressThatCannotBeBoundIsAStatusAndANewAddressMovesTheEndpoint() throws Exception {
        MetricsSwitch metrics = new MetricsSwitch(registry());
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            String busy = "127.0.0.1:" + taken.getLocalPort();
            metrics.use(new MetricsSettings(busy));
            metrics.settle();
            assertThat(metrics.status().serving()).isFalse();
            assertThat(metrics.status().listen()).isEqualTo(busy);
            assertThat(metrics.status().problem()).contains("cannot listen on " + busy);
        }
        String free = "127.0.0.1:" + freePort();
        metrics.use(new MetricsSettings(" " + free + " "));
        metrics.settle();
        assertThat(metrics.status()).isEqualTo(new MetricsSwitch.Status(free, true, null));
        assertThat(send("GET", "http://" + free + "/metrics").statusCode()).isEqualTo(200);

        metrics.use(new MetricsSettings(""));
        metrics.settle();
        assertThat(metrics.status()).isEqualTo(MetricsSwitch.Status.OFF);
        HttpURLConnection c = (HttpURLConnection) URI.create("http://" + free + "/metrics").toURL().openConnection();
        c.setConnectTimeout(2000);
        org.assertj.core.api.Assertions.assertThatThrownBy(c::getResponseCode).isInstanceOf(IOException.class);
        metrics.close();
    }
}
