package com.rollkiosk.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything a runner reads in one language, loaded and checked by {@link ContentLoader}.
 *
 * @param language  the language's code, the name of its folder, e.g. {@code en}
 * @param directory the content folder, which illustration paths are relative to (drawings are
 *                  shared by every language)
 * @param console   what the staff commands print at the console
 */
public record Content(String language, Path directory, List<Region> regions, List<Contraindication> contraindications,
                      List<Routine> routines, Guide guide, Staff staff, ConsoleWords console) {

    public Optional<Region> region(String id) {
        return regions.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Path illustrationPath(Region region) {
        return directory.resolve(region.illustration());
    }
}
