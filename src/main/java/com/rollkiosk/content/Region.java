package com.rollkiosk.content;

import java.util.List;

/**
 * One body region of the routine, as a runner reads it on the kiosk.
 *
 * @param id           stable key that routines refer to, e.g. {@code calves}
 * @param name         what the screen calls it, e.g. "Calves"
 * @param where        where on the body it is, one short line
 * @param why          why a runner rolls it, two or three short sentences
 * @param teaser       one line for the attract card
 * @param steps        three to five short how-to steps, for either intensity
 * @param strongStep   a step that adds pressure, shown for the strong hold only (before the last
 *                     step), so the mild hold never asks for more; none when the region has none
 * @param sided        true when it is done left then right
 * @param position     {@value #SITTING} or {@value #LYING}: how the person is on the roller, so prompts fit
 * @param illustration path of the SVG line drawing, relative to the content folder
 */
public record Region(String id, String name, String where, String why, String teaser,
                     List<String> steps, String strongStep, Boolean sided, String position,
                     String illustration) {

    public static final String SITTING = "sitting";
    public static final String LYING = "lying";

    /** The steps for one intensity: the pressure-adding step only for the strong hold. */
    public List<String> stepsFor(boolean strong) {
        if (!strong || strongStep == null || steps.isEmpty()) {
            return steps;
        }
        List<String> out = new java.util.ArrayList<>(steps);
        out.add(steps.size() - 1, strongStep);
        return List.copyOf(out);
    }

    public boolean hasSides() {
        return Boolean.TRUE.equals(sided);
    }
}
