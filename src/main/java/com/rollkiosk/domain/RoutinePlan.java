package com.rollkiosk.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A routine as the domain sees it: region ids and whether each has sides, expanded into the
 * ordered steps (left then right for a sided region).
 */
public record RoutinePlan(String routineId, List<Entry> entries) {

    public record Entry(String regionId, boolean sided) {
    }

    public RoutinePlan {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("routine " + routineId + " has no regions");
        }
        entries = List.copyOf(entries);
    }

    public List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        for (Entry e : entries) {
            if (e.sided()) {
                steps.add(new Step(e.regionId(), Side.LEFT));
                steps.add(new Step(e.regionId(), Side.RIGHT));
            } else {
                steps.add(new Step(e.regionId(), Side.CENTRE));
            }
        }
        return List.copyOf(steps);
    }
}
