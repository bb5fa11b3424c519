package com.rollkiosk.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rollkiosk.domain.Clock;
import com.rollkiosk.domain.RollerState;
import com.rollkiosk.domain.Steadiness;
import com.rollkiosk.sensor.ContactListener;
import com.rollkiosk.sensor.Readings;
import com.rollkiosk.sensor.SensorStats;
import com.rollkiosk.domain.SensorStatus;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints {@code monitor}'s events, one JSON object per line, flushed at once so a pipe sees each
 * event as it happens. The event names and keys are a contract with outside checks: keep them.
 */
final class JsonEvents implements ContactListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;
    private final Clock clock;
    private final long startNanos;
    private final Runnable onFinished;

    JsonEvents(PrintStream out, Clock clock, long startNanos, Runnable onFinished) {
        this.out = out;
        this.clock = clock;
        this.startNanos = startNanos;
        this.onFinished = onFinished;
    }

    @Override
    public void finished() {
        onFinished.run();
    }

    @Override
    public void contactOn(long tNanos, double value) {
        print(value(event("contact_on"), value));
    }

    @Override
    public void contactOff(long tNanos, double value) {
        print(value(event("contact_off"), value));
    }

    @Override
    public void steadinessChanged(long tNanos, Steadiness steadiness) {
        print(event("steadiness").put("state", steadiness.name().toLowerCase(Locale.ROOT)));
    }

    @Override
    public void statusChanged(SensorStatus status, String detail) {
        if (status == SensorStatus.CONNECTED) {
            print(event("connected").put("port", detail));
        } else if (status == SensorStatus.UNREADABLE) {
            print(event("unreadable").put("example", detail));
        } else {
            print(event("disconnected").put("reason", detail));
        }
    }

    @Override
    public void rollerMayBeBroken(String reason) {
        print(event("roller_may_be_broken").put("reason", reason));
    }

    @Override
    public void info(String line) {
        print(event("info").put("text", line));
    }

    void summary(SensorStats stats, RollerState roller) {
        print(event("summary")
                .put("levels", roller.source().name().toLowerCase(Locale.ROOT))
                .put("samples", stats.samples())
                .put("garbage", stats.garbage())
                .put("unreadable", stats.unreadable())
                .put("contacts", stats.contacts())
                .put("reconnects", stats.reconnects()));
    }

    private static ObjectNode value(ObjectNode node, double value) {
        return Readings.isWhole(value) ? node.put("value", (long) value) : node.put("value", value);
    }

    private ObjectNode event(String name) {
        ObjectNode node = JSON.createObjectNode();
        node.put("t_ms", (clock.nanoTime() - startNanos) / 1_000_000L);
        node.put("event", name);
        return node;
    }

    private synchronized void print(ObjectNode node) {
        try {
            out.println(JSON.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            out.println("{\"event\":\"error\"}");
        }
        out.flush();
    }
}
