package com.rollkiosk.sensor;

/** Somewhere readings come from: a serial roller, a simulation, a recording, or nothing. */
public interface SensorSource {

    /** Starts delivering to {@code listener} on a thread of the source's own; returns at once. */
    void start(SensorListener listener);

    /** Stops and waits briefly for the source's thread; no callbacks arrive after it returns. Idempotent. */
    void stop();

    /** For logs and diagnostics: e.g. {@code serial:/dev/ttyACM0}, {@code sim}. */
    String describe();
}
