package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code prometheus} package for the tests: {@code promtool} for the rules, and a real
 * Prometheus server on 127.0.0.1 with a temporary config and storage, asked through its HTTP API.
 */
final class PrometheusTools implements AutoCloseable {

    static final Path RULES = Path.of("deploy", "prometheus", "rollkiosk-alerts.yml");
    static final Path RULE_TESTS = Path.of("deploy", "prometheus", "rollkiosk-alerts.test.yml");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process server;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PrometheusTools(Process server, String base) {
        this.server = server;
        this.base = base;
    }

    /**
     * Skips the test on a developer's machine without it; in CI ({@code CI} set), where .ci/run
     * installs the package, a missing tool fails the test, so that it cannot quietly stop running.
     */
    static void require(String tool) {
        boolean found = false;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            found |= !dir.isEmpty() && Files.isExecutable(Path.of(dir, tool));
        }
        String why = tool + " is not on PATH (Debian package prometheus; .ci/run installs it)";
        if (!found && System.getenv("CI") != null) {
            throw new AssertionError(why);
        }
        assumeTrue(found, why);
    }

    /** Runs a command to its end; its exit code and what it printed. */
    static Ran run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Ran(p.exitValue(), out);
    }

    record Ran(int exit, String output) {
    }

    /**
     * The shipped rules with "roller sees nobody" shortened for a test that cannot wait a day:
     * its day-long range and threshold become {@code range} and {@code seconds}, its 15 minutes
     * {@code forDuration}. Every other rule is as shipped.
     */
    static String shortenedRules(String range, int seconds, String forDuration) throws IOException {
        String rules = Files.readString(RULES);
        int start = rules.indexOf("- alert: RollKioskRollerSeesNobody");
        int end = rules.indexOf("- alert:", start + 1);
        String rule = rules.substring(start, end);
        String shortened = rule.replace("[1d]", "[" + range + "]").replace("> 86400", "> " + seconds)
                .replace("for: 15m", "for: " + forDuration);
        assertThat(shortened).as("the rule's durations are where the test expects them")
                .doesNotContain("[1d]", "> 86400", "for: 15m");
        return rules.substring(0, start) + shortened + rules.substring(end);
    }

    /** Prometheus on 127.0.0.1:{@code port} with {@code config}, storage in {@code dir}; returns once it is ready. */
    static PrometheusTools start(Path dir, Path config, int port) throws Exception {
        Process p = new ProcessBuilder("prometheus", "--config.file=" + config, "--storage.tsdb.path=" + dir.resolve("tsdb"),
                "--web.listen-address=127.0.0.1:" + port, "--log.level=warn")
                .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
        PrometheusTools prometheus = new PrometheusTools(p, "http://127.0.0.1:" + port);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!prometheus.ready()) {
            assertThat(p.isAlive()).as(Files.readString(dir.resolve("prometheus.log"))).isTrue();
            assertThat(System.nanoTime()).as("Prometheus ready within 60 s").isLessThan(deadline);
            p.waitFor(100, TimeUnit.MILLISECONDS);
        }
        return prometheus;
    }

    private boolean ready() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + "/-/ready")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** An instant query's result vector: each element's {@code metric} labels and {@code value}. */
    List<JsonNode> query(String promql) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/query?query="
                + URLEncoder.encode(promql, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.path("status").asText()).as(promql + ": " + r.body()).isEqualTo("success");
        List<JsonNode> result = new java.util.ArrayList<>();
        body.path("data").path("result").forEach(result::add);
        return result;
    }

    /** The element's value as a number. */
    static double value(JsonNode element) {
        return Double.parseDouble(element.path("value").get(1).asText());
    }

    @Override
    public void close() throws InterruptedException {
        server.destroy();
        if (!server.waitFor(20, TimeUnit.SECONDS)) {
            server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
