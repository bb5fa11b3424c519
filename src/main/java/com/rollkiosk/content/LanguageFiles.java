package com.rollkiosk.content;

import com.rollkiosk.json.JsonFiles;
import com.rollkiosk.json.Locations;
import com.rollkiosk.json.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One language's folder, file by file: every field present, ids unique, routines naming real
 * regions, illustrations present. What must match across languages is {@link SameInEveryLanguage}'s.
 */
final class LanguageFiles {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * The guide's contraindications (after NASM's Essentials of Corrective Exercise Training), by
     * id: every language must list all of them, because the safety check is only as good as its list.
     */
    static final List<String> GUIDE_CONDITIONS = List.of("malignancy", "goiter", "osteoporosis", "osteomyelitis",
            "eczema-skin-lesions", "hypersensitive-skin", "phlebitis", "open-wounds", "cellulitis",
            "acute-rheumatoid-arthritis", "healing-fracture", "obstructive-edema", "blood-clot", "advanced-diabetes",
            "aneurysm", "hematoma", "infection", "anticoagulant-therapy", "fever", "bursitis",
            "advanced-degenerative-changes", "sutures", "organ-failure", "congestive-heart-failure",
            "bleeding-disorder");

    record RegionsFile(List<Region> regions) {
    }

    record ContraindicationsFile(List<Contraindication> contraindications) {
    }

    record RoutinesFile(List<Routine> routines) {
    }

    /** A language's content with where its values stand, so later rules can point at a line. */
    record Checked(Content content, Path folder, Locations regions, Locations contraindications, Locations routines) {

        Path file(String name) {
            return folder.resolve(name);
        }
    }

    private LanguageFiles() {
    }

    /** Adds every problem found in the language's folder; its content when there were none. */
    static Optional<Checked> check(Path root, String language, Problems problems) {
        int before = problems.size();
        Path folder = root.resolve(language);
        var regions = read(folder.resolve(ContentLoader.REGIONS), RegionsFile.class, problems);
        List<Region> regionList = regions.map(p -> regions(root, p, problems)).orElse(List.of());
        // Routines are checked against the regions only when those are sound: otherwise every
        // reference would look broken and bury the one real problem.
        Set<String> regionIds = problems.size() == before
                ? regionList.stream().map(Region::id).collect(Collectors.toSet()) : null;
        var contraindications = read(folder.resolve(ContentLoader.CONTRAINDICATIONS), ContraindicationsFile.class,
                problems);
        List<Contraindication> conditionList = contraindications.map(p -> contraindications(p, problems))
                .orElse(List.of());
        var routines = read(folder.resolve(ContentLoader.ROUTINES), RoutinesFile.class, problems);
        List<Routine> routineList = routines.map(p -> routines(p, regionIds, problems)).orElse(List.of());
        Guide guide = GuideRules.check(folder.resolve(ContentLoader.GUIDE), Guide.class, problems);
        Staff staff = GuideRules.check(folder.resolve(ContentLoader.STAFF), Staff.class, problems);
        ConsoleWords console = GuideRules.check(folder.resolve(ContentLoader.CONSOLE), ConsoleWords.class, problems);
        if (problems.size() != before) {
            return Optional.empty();
        }
        Content content = new Content(language, root, regionList, conditionList, routineList, guide, staff,
                console);
        return Optional.of(new Checked(content, folder, regions.get().locations(),
                contraindications.get().locations(), routines.get().locations()));
    }

    /** A file read and bound, with its name for the problems found in it. */
    private record Read<T>(String file, T value, Locations locations) {
    }

    private static <T> Optional<Read<T>> read(Path file, Class<T> type, Problems problems) {
        return JsonFiles.read(file, type, problems).map(p -> new Read<>(file.toString(), p.value(), p.locations()));
    }

    private static List<Region> regions(Path root, Read<RegionsFile> file, Problems problems) {
        Problems.In in = problems.in(file.file(), file.locations());
        List<Region> regions = file.value().regions();
        if (!in.required("regions", regions)) {
            return List.of();
        }
        if (regions.isEmpty()) {
            in.report("regions", "must list at least one region");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < regions.size(); i++) {
            Region r = regions.get(i);
            String at = "regions[" + i + "]";
            if (!in.required(at, r)) {
                continue;
            }
            id(in, at + ".id", r.id(), ids);
            in.text(at + ".name", r.name(), 40);
            in.text(at + ".where", r.where(), 40);
            in.text(at + ".why", r.why(), 260);
            in.text(at + ".teaser", r.teaser(), 80);
            in.required(at + ".sided", r.sided());
            if (in.required(at + ".position", r.position())
                    && !List.of(Region.SITTING, Region.LYING).contains(r.position())) {
                in.report(at + ".position", "must be \"" + Region.SITTING + "\" or \"" + Region.LYING
                        + "\", was \"" + r.position() + "\"");
            }
            if (in.required(at + ".steps", r.steps())) {
                int shown = r.steps().size() + (r.strongStep() == null ? 0 : 1);
                if (r.steps().size() < 3 || shown > 5) {
                    in.report(at + ".steps", "must have 3 to 5 steps, strongStep included, has " + shown);
                }
                for (int s = 0; s < r.steps().size(); s++) {
                    in.text(at + ".steps[" + s + "]", r.steps().get(s), 90);
                }
            }
            if (r.strongStep() != null) {
                in.text(at + ".strongStep", r.strongStep(), 90);
            }
            if (in.required(at + ".illustration", r.illustration())) {
                illustration(in, at + ".illustration", root, r.illustration());
            }
        }
        return regions;
    }

    /**
     * A drawing must be an SVG file inside the content folder: a path that climbs out of it
     * ({@code ..}), starts elsewhere (absolute) or leads out through a link is refused, so
     * content never makes the kiosk read another file on the machine.
     */
    private static void illustration(Problems.In in, String field, Path root, String path) {
        Path named = root.getFileSystem().getPath(path);
        boolean climbs = false;
        for (Path part : named) {
            climbs |= part.toString().equals("..");
        }
        if (named.isAbsolute() || climbs) {
            in.report(field, "must be a path inside the content folder, such as illustrations/calves.svg, was \""
                    + path + "\"");
            return;
        }
        Path drawing = root.resolve(named).normalize();
        if (!path.endsWith(".svg")) {
            in.report(field, "must be an .svg file, was \"" + path + "\"");
        } else if (!Files.isRegularFile(drawing)) {
            in.report(field, "file not found: " + drawing);
        } else if (!insideAfterLinks(root, drawing)) {
            in.report(field, "leads out of the content folder through a link: " + drawing);
        }
    }

    private static boolean insideAfterLinks(Path root, Path drawing) {
        try {
            return drawing.toRealPath().startsWith(root.toRealPath());
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static List<Contraindication> contraindications(Read<ContraindicationsFile> file, Problems problems) {
        Problems.In in = problems.in(file.file(), file.locations());
        List<Contraindication> list = file.value().contraindications();
        if (!in.required("contraindications", list)) {
            return List.of();
        }
        if (list.isEmpty()) {
            in.report("contraindications", "must list at least one condition");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Contraindication c = list.get(i);
            String at = "contraindications[" + i + "]";
            if (!in.required(at, c)) {
                continue;
            }
            id(in, at + ".id", c.id(), ids);
            in.text(at + ".name", c.name(), 40);
            in.text(at + ".gloss", c.gloss(), 80);
        }
        List<String> missing = GUIDE_CONDITIONS.stream()
                .filter(id -> list.stream().noneMatch(c -> c != null && id.equals(c.id()))).toList();
        if (!missing.isEmpty()) {
            in.report("contraindications", "the guide's " + (missing.size() == 1 ? "condition " : "conditions ")
                    + missing.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(", "))
                    + (missing.size() == 1 ? " is" : " are") + " missing; a gym may add conditions but may not"
                    + " remove any of the guide's " + GUIDE_CONDITIONS.size());
        }
        return list;
    }

    /** @param regionIds the ids routines may name, or null when the regions could not be read */
    private static List<Routine> routines(Read<RoutinesFile> file, Set<String> regionIds, Problems problems) {
        Problems.In in = problems.in(file.file(), file.locations());
        List<Routine> routines = file.value().routines();
        if (!in.required("routines", routines)) {
            return List.of();
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < routines.size(); i++) {
            Routine r = routines.get(i);
            String at = "routines[" + i + "]";
            if (!in.required(at, r)) {
                continue;
            }
            id(in, at + ".id", r.id(), ids);
            in.text(at + ".name", r.name(), 40);
            in.text(at + ".description", r.description(), 90);
            if (in.required(at + ".regions", r.regions())) {
                if (r.regions().isEmpty()) {
                    in.report(at + ".regions", "must name at least one region");
                }
                for (int k = 0; k < r.regions().size(); k++) {
                    String regionId = r.regions().get(k);
                    if (in.required(at + ".regions[" + k + "]", regionId) && regionIds != null
                            && !regionIds.contains(regionId)) {
                        in.report(at + ".regions[" + k + "]", "no region with id \"" + regionId + "\" in "
                                + ContentLoader.REGIONS);
                    }
                }
            }
        }
        return routines;
    }

    private static void id(Problems.In in, String field, String id, Set<String> seen) {
        if (!in.required(field, id)) {
            return;
        }
        if (!ID.matcher(id).matches()) {
            in.report(field, "must be lowercase letters, digits and dashes, was \"" + id + "\"");
        } else if (!seen.add(id)) {
            in.report(field, "duplicate id \"" + id + "\"");
        }
    }
}
