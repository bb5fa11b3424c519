package com.rollkiosk.ui;

/** The roller sensor as the status mark shows it; the wiring maps the sensor's own status onto this. */
public enum SensorState { CONNECTED, RECONNECTING, NONE }
