package com.rollkiosk.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The content in every language the content folder has, all checked alike: the same regions,
 * routines, conditions and keys in each.
 *
 * @param all one entry per language, the default language first
 */
public record Languages(Path directory, List<Content> all) {

    public Languages {
        all = List.copyOf(all);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("at least one language");
        }
    }

    /** The language the kiosk starts in and returns to. */
    public Content first() {
        return all.get(0);
    }

    /** Language codes, the default first, e.g. {@code [en, de]}. */
    public List<String> codes() {
        return all.stream().map(Content::language).toList();
    }

    /** The same content with this language first, as if it were the configured one. */
    public Languages withFirst(String code) {
        Content chosen = content(code).orElseThrow(() -> new IllegalArgumentException("no language " + code));
        return new Languages(directory, java.util.stream.Stream.concat(java.util.stream.Stream.of(chosen),
                all.stream().filter(c -> c != chosen)).toList());
    }

    public Optional<Content> content(String code) {
        return all.stream().filter(c -> c.language().equals(code)).findFirst();
    }
}
