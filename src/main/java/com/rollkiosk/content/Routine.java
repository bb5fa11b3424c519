package com.rollkiosk.content;

import java.util.List;

/**
 * A named, ordered list of regions. Single-region routines are not listed in the file; the kiosk
 * offers one for every region.
 *
 * @param id          stable key
 * @param name        tile title, e.g. "Lower leg"
 * @param description one line on who it is for
 * @param regions     region ids in the order they are rolled
 */
public record Routine(String id, String name, String description, List<String> regions) {
}
