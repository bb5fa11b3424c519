package com.rollkiosk.ui;

import com.rollkiosk.content.Content;
import com.rollkiosk.content.Guide;
import com.rollkiosk.content.Region;
import com.rollkiosk.content.Routine;
import com.rollkiosk.domain.Side;
import com.rollkiosk.domain.Step;

import java.util.List;

/** Turns the domain's ids into the words a runner reads, in the language on show: routines, regions, sides. */
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

    /** The side badge's words, e.g. "◀ LEFT"; empty for a region without sides. */
    static String badge(Guide guide, Side side) {
        return switch (side) {
            case LEFT -> guide.sides().left();
            case RIGHT -> guide.sides().right();
            case CENTRE -> "";
        };
    }

    /** "Calves, left" as one line; the region alone when it has no sides. */
    public String step(Step step) {
        String name = region(step.regionId());
        return step.side() == Side.CENTRE ? name
                : Guide.fill(content.guide().sides().regionSide(), "region", name, "side", side(step.side()));
    }

    /** "Calves: left and right", naming the sides held; the region alone when it has none. */
    public String held(String regionId, List<Side> sides) {
        String name = region(regionId);
        List<Side> named = sides.stream().filter(s -> s != Side.CENTRE).toList();
        if (named.isEmpty()) {
            return name;
        }
        String which = named.size() > 1 ? content.guide().sides().both() : side(named.get(0));
        return Guide.fill(content.guide().sides().regionSides(), "region", name, "sides", which);
    }

    private String side(Side side) {
        return side == Side.LEFT ? content.guide().sides().leftName() : content.guide().sides().rightName();
    }
}
