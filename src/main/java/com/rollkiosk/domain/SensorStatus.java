package com.rollkiosk.domain;

/** The roller sensor's link, as every layer sees it. Anything but CONNECTED means the kiosk runs on touch. */
public enum SensorStatus {
    /** Readings are arriving; contact drives the timer. */
    CONNECTED,
    /**
     * The port is open and sending lines, but none carries a reading we can use; the kiosk runs
     * on touch and nothing reconnects. Readings arriving again make it CONNECTED.
     */
    UNREADABLE,
    /** The sensor was lost or not found yet; the source keeps trying. */
    RECONNECTING,
    /** No sensor is configured, or the source has finished for good. */
    NONE
}
