package com.rollkiosk.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Catches what {@code monitor} prints and lets a test wait, with a deadline, for a given event. */
final class JsonLines extends OutputStream {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    PrintStream printStream() {
        return new PrintStream(this, true, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            lines.add(partial.toString(StandardCharsets.UTF_8));
            partial.reset();
        } else {
            partial.write(b);
        }
    }

    /** The next line whose {@code event} is {@code name}, skipping others; fails after 5 s. */
    JsonNode await(String name) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (true) {
            String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("no '" + name + "' event within 5 s; saw " + seen);
            }
            seen.add(line);
            JsonNode node = JSON.readTree(line);
            if (node.path("event").asText().equals(name)) {
                return node;
            }
        }
    }

    List<String> all() {
        lines.drainTo(seen);
        return List.copyOf(seen);
    }
}
