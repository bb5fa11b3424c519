package com.rollkiosk.content;

import com.rollkiosk.json.JsonFiles;
import com.rollkiosk.json.Problems;
import java.nio.file.Path;

/** The words files, {@code guide.json} and {@code staff.json}: every text present and fitting its place. */
final class GuideRules {

    private GuideRules() {
    }

    /** The file's words when it could be read; its problems, if any, are in {@code problems}. */
    static <T extends Record> T check(Path file, Class<T> type, Problems problems) {
        var parsed = JsonFiles.read(file, type, problems);
        if (parsed.isEmpty()) {
            return null;
        }
        TextRules.check(problems.in(file.toString(), parsed.get().locations()), "", parsed.get().value());
        return parsed.get().value();
    }
}
