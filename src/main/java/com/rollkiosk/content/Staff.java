package com.rollkiosk.content;

/**
 * The words of staff mode in one language: {@code staff.json}. Kept apart from the runner's
 * words so staff screens (PIN pad, settings, diagnostics) can grow without touching them.
 *
 * @param title the staff screen's title
 * @param note  what staff mode offers so far
 */
public record Staff(@Words(max = 30) String title, @Words(max = 90) String note) {
}
