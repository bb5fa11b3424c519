package com.rollkiosk.ui;

/**
 * The roller sensor as the status mark shows it; the wiring maps the sensor's own status onto
 * this. {@code UNREADABLE}: a sensor answers, but with lines the kiosk does not understand.
 */
public enum SensorState { CONNECTED, RECONNECTING, UNREADABLE, NONE }
