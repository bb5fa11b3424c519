package com.rollkiosk.ui;

import com.rollkiosk.content.Content;
import com.rollkiosk.content.Guide;
import com.rollkiosk.content.Region;
import com.rollkiosk.domain.RoutinePlan;

import java.util.ArrayList;
import java.util.List;

/** Choosing what to roll: the named routines from the content, and one tile per region. */
public final class RoutinePresenter extends Presenter<RoutinePresenter.Model, RoutinePresenter.View> {

    /** @param id {@code routine:<id>} or {@code region:<id>} */
    public record Tile(String id, String title, String line) {
    }

    /**
     * @param routines the content's routines, the first (the full routine) is the suggested one
     * @param regions  one tile per region, with where on the body to find it
     */
    public record Model(String title, String routinesLabel, String oneAreaLabel, String back, List<Tile> routines,
                        List<Tile> regions) {
    }

    public interface View {
        void showTiles(Model model);
    }

    private static final String ROUTINE = "routine:";
    private static final String REGION = "region:";


    public RoutinePresenter(Kiosk kiosk) {
        super(kiosk);
    }

    @Override
    protected Model model() {
        Content c = kiosk.content();
        Guide.Choose words = c.guide().choose();
        List<Tile> routines = shown(c).stream()
                .map(r -> new Tile(ROUTINE + r.id(), r.name(), r.description() + " ·\u00A0" + areas(words, r.regions().size())))
                .toList();
        List<Tile> regions = c.regions().stream()
                .map(r -> new Tile(REGION + r.id(), r.name(), r.where()))
                .toList();
        return new Model(words.title(), words.routines(), words.oneArea(), c.guide().back(), routines, regions);
    }

    /** The content's routines less those staff hid; read at each render, so a saved setting shows at once. */
    private List<com.rollkiosk.content.Routine> shown(Content c) {
        List<String> hidden = kiosk.config().hiddenRoutines();
        return c.routines().stream().filter(r -> !hidden.contains(r.id())).toList();
    }

    /** "3 areas" as one unit: a line may break before its "·", never inside it ("· 3 / areas"). */
    private static String areas(Guide.Choose words, int n) {
        return (n == 1 ? words.oneAreaCount() : Guide.fill(words.areaCount(), "count", n)).replace(' ', '\u00A0');
    }

    @Override
    protected void show(Model model) {
        view.showTiles(model);
    }

    public void choose(String tileId) {
        RoutinePlan plan = plan(tileId);
        kiosk.act(f -> f.chooseRoutine(plan));
    }

    /** The suggested tile: the first routine, or the first region when there are no routines. */
    String firstTile() {
        Content c = kiosk.content();
        List<com.rollkiosk.content.Routine> shown = shown(c);
        return shown.isEmpty() ? REGION + c.regions().get(0).id() : ROUTINE + shown.get(0).id();
    }

    /** The plan a tile stands for: a routine's regions in order, or one region on its own. */
    RoutinePlan plan(String tileId) {
        Content c = kiosk.content();
        List<String> regionIds = new ArrayList<>();
        String planId;
        if (tileId.startsWith(ROUTINE)) {
            planId = tileId.substring(ROUTINE.length());
            regionIds.addAll(c.routines().stream().filter(r -> r.id().equals(planId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no routine " + planId)).regions());
        } else {
            String regionId = tileId.substring(REGION.length());
            planId = RoutineNames.SINGLE + regionId;
            regionIds.add(regionId);
        }
        return new RoutinePlan(planId, regionIds.stream()
                .map(id -> new RoutinePlan.Entry(id, c.region(id).map(Region::hasSides).orElse(false)))
                .toList());
    }

    @Override
    public void escape() {
        kiosk.act(f -> f.back());
    }
}
