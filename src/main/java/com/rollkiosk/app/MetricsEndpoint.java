package com.rollkiosk.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.prometheus.metrics.exporter.httpserver.MetricsHandler;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves {@code GET /metrics} in Prometheus' text format on the address {@code metrics.listen}
 * names, and nothing else: any other method or path gets a plain 404. The client's own
 * {@code HTTPServer} answers on every path and has no timeouts of its own, so its
 * {@link MetricsHandler} runs here on the JDK's server with two daemon threads of its own (never the
 * event thread): however many scrapers come, at most two scrapes run at once and the rest wait
 * their turn, and a client that stalls mid-request or mid-response is dropped after
 * {@link #TIMEOUT_SECONDS}.
 */
final class MetricsEndpoint implements AutoCloseable {

    static final int THREADS = 2;
    static final int TIMEOUT_SECONDS = 5;
    static final String PATH = "/metrics";

    private static final System.Logger LOG = System.getLogger(MetricsEndpoint.class.getName());

    static {
        // Read once by the JDK's server when its first instance is made; a value set on the command line wins.
        setIfAbsent("sun.net.httpserver.maxReqTime", Integer.toString(TIMEOUT_SECONDS));
        setIfAbsent("sun.net.httpserver.maxRspTime", Integer.toString(TIMEOUT_SECONDS));
        // Headers and body go out as separate writes: with Nagle's algorithm the body waits for the
        // client's delayed ACK, 40 ms on Linux, for every scrape.
        setIfAbsent("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService pool;

    private MetricsEndpoint(HttpServer server, ExecutorService pool) {
        this.server = server;
        this.pool = pool;
    }

    /** Parses and binds {@code listen}; throws with a message staff can act on when it cannot. */
    static MetricsEndpoint start(String listen, PrometheusRegistry registry) throws IOException {
        InetSocketAddress address = address(listen);
        HttpServer server = HttpServer.create(address, 16);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, daemons());
        server.setExecutor(pool);
        server.createContext("/", new OnlyMetrics(new MetricsHandler(registry)));
        server.start();
        return new MetricsEndpoint(server, pool);
    }

    /**
     * What stops {@code listen} from being served, if anything: not {@code HOST:PORT}, an unknown
     * host, a port out of range, or the address in use or not this machine's. Binds and lets go at
     * once; for {@code check}.
     */
    static Optional<String> problem(String listen) {
        try {
            HttpServer server = HttpServer.create(address(listen), 0);
            server.stop(0);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(why(listen, e));
        }
    }

    /** The address as it is bound. */
    InetSocketAddress address() {
        return server.getAddress();
    }

    /** Stops listening at once; a scrape under way is cut off. */
    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }

    /** {@code HOST:PORT}, {@code [IPv6]:PORT}; the host must resolve, the port be 1 to 65535. */
    static InetSocketAddress address(String listen) throws IOException {
        String s = listen == null ? "" : listen.strip();
        int colon = s.lastIndexOf(':');
        if (colon <= 0 || colon == s.length() - 1) {
            throw new IOException("must be HOST:PORT, such as 127.0.0.1:9464");
        }
        String host = s.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(s.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IOException("the port must be a number from 1 to 65535, was \"" + s.substring(colon + 1) + "\"");
        }
        if (port < 1 || port > 65535) {
            throw new IOException("the port must be from 1 to 65535, was " + port);
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (UnknownHostException e) {
            throw new IOException("unknown host \"" + host + "\"");
        }
    }

    /** Why {@code listen} cannot be served, in a line for the log, {@code check} and diagnostics. */
    static String why(String listen, IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof java.net.BindException) {
            return "cannot listen on " + listen + ": " + message + " (in use, or not an address of this machine)";
        }
        return "cannot listen on " + listen + ": " + message;
    }

    private static java.util.concurrent.ThreadFactory daemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "metrics-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** GET of {@link #PATH} to the client's handler; anything else a plain 404. */
    private record OnlyMetrics(HttpHandler metrics) implements HttpHandler {

        private static final byte[] NOT_FOUND = "404 not found\n".getBytes(StandardCharsets.UTF_8);

        @Override
        public void handle(HttpExchange exchange) throws IOException {
            try (exchange) {
                if ("GET".equals(exchange.getRequestMethod()) && PATH.equals(exchange.getRequestURI().getPath())) {
                    metrics.handle(exchange);
                    return;
                }
                // A body sent with it is not read: the connection closes with the exchange.
                exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                exchange.sendResponseHeaders(404, NOT_FOUND.length);
                exchange.getResponseBody().write(NOT_FOUND);
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "metrics request: " + e);
                throw e;
            }
        }
    }
}
