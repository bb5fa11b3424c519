package com.rollkiosk.domain;

import java.util.ArrayList;
import java.util.List;

/** Collects what a {@link Roller} reports, with the time of each, for assertions. */
class RecordingEvents implements Roller.Events {

    record Event(long tNanos, String what) {
    }

    final List<Event> events = new ArrayList<>();

    @Override
    public void contactOn(long tNanos, double value) {
        events.add(new Event(tNanos, "on"));
    }

    @Override
    public void contactOff(long tNanos, double value) {
        events.add(new Event(tNanos, "off"));
    }

    @Override
    public void steadiness(long tNanos, Steadiness steadiness) {
        events.add(new Event(tNanos, steadiness.name().toLowerCase(java.util.Locale.ROOT)));
    }

    List<String> names() {
        return events.stream().map(Event::what).toList();
    }

    List<String> contacts() {
        return names().stream().filter(n -> n.equals("on") || n.equals("off")).toList();
    }
}
