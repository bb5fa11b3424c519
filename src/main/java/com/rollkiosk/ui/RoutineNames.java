package com.rollkiosk.ui;

import com.rollkiosk.content.Content;
import com.rollkiosk.content.Region;
import com.rollkiosk.content.Routine;
import com.rollkiosk.domain.Side;
import com.rollkiosk.domain.Step;

/** Turns the domain's ids into the words a runner reads: routine names, region names, sides. */
public final class RoutineNames {

    /** Plan id prefix for a routine of one region. */
    public static final String SINGLE = "single-";

    private final Content content;

    public RoutineNames(Content content) {
        this.content = content;
    }

    public String of(String routineId) {
        if (routineId.startsWith(SINGLE)) {
            return region(routineId.substring(SINGLE.length()));
        }
        return content.routines().stream().filter(r -> r.id().equals(routineId)).map(Routine::name)
                .findFirst().orElse(routineId);
    }

    public String region(String regionId) {
        return content.region(regionId).map(Region::name).orElse(regionId);
    }

    /** "LEFT", "RIGHT", or empty for a region without sides. */
    public static String side(Side side) {
        return side == Side.CENTRE ? "" : side.name();
    }

    /** "Calves, left" as one line; the region alone when it has no sides. */
    public String step(Step step) {
        String name = region(step.regionId());
        return step.side() == Side.CENTRE ? name : name + ", " + step.side().name().toLowerCase(java.util.Locale.ROOT);
    }
}
