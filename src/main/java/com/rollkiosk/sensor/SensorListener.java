package com.rollkiosk.sensor;

import java.util.List;

/**
 * What a {@link SensorSource} reports, called on the source's own thread, one call at a time.
 * Implementations must return quickly and never touch Swing: the UI wraps its listener so each
 * call is re-posted with {@code SwingUtilities.invokeLater}.
 */
public interface SensorListener {

    /** A reading; {@code tNanos} is on the source's monotonic clock and never goes backwards. */
    void onSample(long tNanos, double value);

    /** A {@code #} device line, e.g. {@code # rollkiosk-sensor 1 fsr 50Hz}, without the line ending. */
    default void onInfo(String line) {
    }

    /** A line that was neither a sample nor info: skipped, counted. */
    default void onGarbage() {
    }

    /**
     * The port keeps sending lines but none has carried a reading for about two seconds: a sketch
     * whose lines we cannot read, or the wrong baud rate. Sent once per such stretch; the source
     * keeps reading and does not reconnect. The next {@link #onSample} means readings are back.
     * {@code exampleLine} is one of those lines, trimmed, at most {@link LineParser#MAX_LINE}
     * characters (empty if they were all blank), for a person to recognise.
     */
    default void onUnreadable(String exampleLine) {
    }

    /** The port is open; {@code port} is what staff would recognise (a device path, {@code sim}, a file). */
    default void onConnected(String port) {
    }

    /** Not connected, and why; sent on losing a connection and when the reason for failing changes. */
    default void onDisconnected(String reason) {
    }

    /** The source will try again after {@code delayMs}; it keeps trying until stopped. */
    default void onReconnecting(long delayMs) {
    }

    /**
     * {@code auto} tried a port, or the list of ports changed: every USB serial port and what was
     * seen on it, in the order they are tried.
     */
    default void onPorts(List<PortReport> ports) {
    }

    /** The source has nothing more to give and will not reconnect (end of a replay, no sensor). */
    default void onFinished(String reason) {
    }
}
