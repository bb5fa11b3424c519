package com.rollkiosk.config;

import com.rollkiosk.json.InvalidFilesException;
import com.rollkiosk.json.JsonFiles;
import com.rollkiosk.json.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The kiosk's own files in the data folder (a calibration, the remembered levels): absent until
 * first saved, refused with their places when edited into nonsense, so the roller can fall back to
 * learning instead of detecting with numbers that make no sense.
 */
final class DataFiles {

    private DataFiles() {
    }

    /** Empty when there is no such file yet; refused when there is one and {@code check} finds problems in it. */
    static <T> Optional<T> load(Path file, Class<T> type, BiConsumer<Problems.In, T> check)
            throws InvalidFilesException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Problems problems = new Problems();
        Optional<JsonFiles.Parsed<T>> parsed = JsonFiles.read(file, type, problems);
        parsed.ifPresent(p -> check.accept(problems.in(file.toString(), p.locations()), p.value()));
        problems.throwIfAny();
        return parsed.map(JsonFiles.Parsed::value);
    }

    /** A required number that must be finite; false (and reported) when it is missing or is not. */
    static boolean number(Problems.In in, String field, Double value) {
        if (!in.required(field, value)) {
            return false;
        }
        if (!Double.isFinite(value)) {
            in.report(field, "must be a number, was " + value);
            return false;
        }
        return true;
    }
}
