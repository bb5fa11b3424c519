package com.rollkiosk.sensor;

/** Counts since the tracker started, for {@code monitor}'s summary and diagnostics. */
public record SensorStats(long samples, long garbage, long contacts, long reconnects) {
}
