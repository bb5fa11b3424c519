package com.rollkiosk.sensor;

/**
 * One serial port as {@code auto} last saw it, for staff diagnostics.
 *
 * @param path           the device path
 * @param seen           what opening it showed, or {@link Seen#NOT_TRIED}
 * @param detail         the system's words for a port that would not open, or a line from a port
 *                       that talks without readings; null otherwise
 * @param nextProbeNanos when it is next opened, on the source's clock; {@link #NO_PROBE} when it
 *                       is the roller or is not to be tried while the roller is found
 */
public record PortReport(String path, Seen seen, String detail, long nextProbeNanos) {

    public static final long NO_PROBE = Long.MAX_VALUE;

    /** What a port showed when {@code auto} listened to it. */
    public enum Seen {
        /** Not opened yet: the roller was found elsewhere first. */
        NOT_TRIED,
        /** The roller: it sent our sketch's hello line. */
        ROLLER_HELLO,
        /** The roller: it sent lines that read as readings. */
        ROLLER_READINGS,
        /** Nothing at all while we listened. */
        SILENT,
        /** Lines, but none that reads as a reading. */
        NO_READINGS,
        /** It would not open (busy, no permission). */
        CANNOT_OPEN;

        public boolean isRoller() {
            return this == ROLLER_HELLO || this == ROLLER_READINGS;
        }
    }
}
