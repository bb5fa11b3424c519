package com.rollkiosk.sensor;

/** What the UI shows about the roller. Anything but CONNECTED means the kiosk runs on touch. */
public enum SensorStatus {
    /** Readings are arriving; contact drives the timer. */
    CONNECTED,
    /** The sensor was lost or not found yet; the source keeps trying. */
    RECONNECTING,
    /** No sensor is configured, or the source has finished for good. */
    NONE
}
