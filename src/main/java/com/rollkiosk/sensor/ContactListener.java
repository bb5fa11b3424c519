package com.rollkiosk.sensor;

import com.rollkiosk.domain.SensorStatus;
import com.rollkiosk.domain.Steadiness;

/**
 * The events the rest of the kiosk needs from the roller, produced by {@link ContactTracker}.
 * Called on the source's thread: a UI listener must hand each call to the event thread
 * ({@code SwingUtilities.invokeLater}) and never touch a component here.
 */
public interface ContactListener {

    /** Someone is on the roller: the hold timer may run. {@code value} is the reading that tipped it. */
    void contactOn(long tNanos, double value);

    /** They got off (or the sensor was lost while they were on): the hold timer pauses. */
    void contactOff(long tNanos, double value);

    /**
     * The sensor's state changed. {@code detail} is the port for CONNECTED, one of the port's
     * lines for UNREADABLE (see {@link SensorListener#onUnreadable}), and a one-line reason
     * otherwise. Only changes are reported, never the same status twice in a row.
     */
    void statusChanged(SensorStatus status, String detail);

    /** While someone is on the roller, how they load it changed: holding still, rolling or shifting. */
    default void steadinessChanged(long tNanos, Steadiness steadiness) {
    }

    /**
     * The roller may be broken: {@code reason} is {@code stuck} when its reading has sat at one
     * exact value for {@link com.rollkiosk.domain.StuckReading#STUCK_NANOS} while connected. Said once
     * each time it becomes so; {@link ContactTracker#readingStuck()} tells whether it still is.
     */
    default void rollerMayBeBroken(String reason) {
    }

    /** A {@code #} device line, for diagnostics. */
    default void info(String line) {
    }

    /** The source has ended for good (end of a replay); status is NONE by now. */
    default void finished() {
    }
}
