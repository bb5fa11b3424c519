package com.rollkiosk.content;

import com.rollkiosk.json.InvalidFilesException;
import com.rollkiosk.json.JsonFiles;
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
 * Reads the content folder and checks it as a whole: every file, every field, ids unique,
 * routines naming real regions, illustrations present. A gym may add regions or conditions of
 * its own, so counts are reported, not fixed.
 */
public final class ContentLoader {

    public static final String REGIONS = "regions.json";
    public static final String CONTRAINDICATIONS = "contraindications.json";
    public static final String ROUTINES = "routines.json";
    public static final String GUIDE = "guide.json";

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    record RegionsFile(List<Region> regions) {
    }

    record ContraindicationsFile(List<Contraindication> contraindications) {
    }

    record RoutinesFile(List<Routine> routines) {
    }

    private ContentLoader() {
    }

    public static Content load(Path directory) throws InvalidFilesException {
        Problems problems = new Problems();
        Optional<Content> content = check(directory, problems);
        problems.throwIfAny();
        return content.orElseThrow();
    }

    /** Adds every problem found to {@code problems}; the content when there were none. */
    public static Optional<Content> check(Path directory, Problems problems) {
        int before = problems.size();
        List<Region> regions = regions(directory, problems);
        // Routines are checked against the regions only when those are sound: otherwise every
        // reference would look broken and bury the one real problem.
        Set<String> regionIds = problems.size() == before
                ? regions.stream().map(Region::id).collect(Collectors.toSet()) : null;
        List<Contraindication> contraindications = contraindications(directory, problems);
        List<Routine> routines = routines(directory, regionIds, problems);
        Guide guide = GuideRules.check(directory.resolve(GUIDE), problems);
        if (problems.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new Content(directory, regions, contraindications, routines, guide));
    }

    private static List<Region> regions(Path directory, Problems problems) {
        Path file = directory.resolve(REGIONS);
        var parsed = JsonFiles.read(file, RegionsFile.class, problems);
        if (parsed.isEmpty()) {
            return List.of();
        }
        Problems.In in = problems.in(file.toString(), parsed.get().locations());
        List<Region> regions = parsed.get().value().regions();
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
            in.text(at + ".where", r.where());
            in.text(at + ".why", r.why());
            in.text(at + ".teaser", r.teaser(), 80);
            in.required(at + ".sided", r.sided());
            if (in.required(at + ".steps", r.steps())) {
                if (r.steps().size() < 3 || r.steps().size() > 5) {
                    in.report(at + ".steps", "must have 3 to 5 steps, has " + r.steps().size());
                }
                for (int s = 0; s < r.steps().size(); s++) {
                    in.text(at + ".steps[" + s + "]", r.steps().get(s), 90);
                }
            }
            if (in.required(at + ".illustration", r.illustration())) {
                Path drawing = directory.resolve(r.illustration());
                if (!r.illustration().endsWith(".svg")) {
                    in.report(at + ".illustration", "must be an .svg file, was \"" + r.illustration() + "\"");
                } else if (!Files.isRegularFile(drawing)) {
                    in.report(at + ".illustration", "file not found: " + drawing);
                }
            }
        }
        return regions;
    }

    private static List<Contraindication> contraindications(Path directory, Problems problems) {
        Path file = directory.resolve(CONTRAINDICATIONS);
        var parsed = JsonFiles.read(file, ContraindicationsFile.class, problems);
        if (parsed.isEmpty()) {
            return List.of();
        }
        Problems.In in = problems.in(file.toString(), parsed.get().locations());
        List<Contraindication> list = parsed.get().value().contraindications();
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
        return list;
    }

    /** @param regionIds the ids routines may name, or null when the regions could not be read */
    private static List<Routine> routines(Path directory, Set<String> regionIds, Problems problems) {
        Path file = directory.resolve(ROUTINES);
        var parsed = JsonFiles.read(file, RoutinesFile.class, problems);
        if (parsed.isEmpty()) {
            return List.of();
        }
        Problems.In in = problems.in(file.toString(), parsed.get().locations());
        List<Routine> routines = parsed.get().value().routines();
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
                        in.report(at + ".regions[" + k + "]", "no region with id \"" + regionId + "\" in " + REGIONS);
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
