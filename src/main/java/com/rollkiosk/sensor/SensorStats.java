package com.rollkiosk.sensor;

/**
 * Counts since the tracker started, for {@code monitor}'s summary and diagnostics.
 *
 * @param samples    lines that carried a reading
 * @param garbage    lines skipped as neither a reading nor a {@code #} info line
 * @param unreadable every line that carried no reading: garbage and info lines alike
 * @param contacts   times someone got on the roller
 * @param reconnects connections after the first
 */
public record SensorStats(long samples, long garbage, long unreadable, long contacts, long reconnects) {
}
