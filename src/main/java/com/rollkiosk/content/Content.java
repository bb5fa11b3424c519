package com.rollkiosk.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything a runner reads, loaded and checked as a whole by {@link ContentLoader}.
 *
 * @param directory the content folder, which illustration paths are relative to
 */
public record Content(Path directory, List<Region> regions, List<Contraindication> contraindications,
                      List<Routine> routines, Guide guide) {

    public Optional<Region> region(String id) {
        return regions.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Path illustrationPath(Region region) {
        return directory.resolve(region.illustration());
    }
}
