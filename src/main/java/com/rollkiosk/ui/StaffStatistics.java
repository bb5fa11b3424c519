package com.rollkiosk.ui;

import java.time.LocalDate;
import java.util.List;

/** Counts per day from the activity log, implemented by the wiring. Nothing in them identifies a person. */
public interface StaffStatistics {

    record Day(LocalDate date, int started, int finished, int holds) {
    }

    /**
     * The last {@code count} days, oldest first and today last, days without activity as zeros.
     * Reads files: called off the event thread.
     *
     * @throws java.io.UncheckedIOException when the log cannot be read
     */
    List<Day> lastDays(int count);
}
