package com.rollkiosk.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.rollkiosk.json.AtomicFiles;
import com.rollkiosk.json.InvalidFilesException;
import com.rollkiosk.json.Problems;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads and writes the remembered empty-roller levels in the data folder, next to the calibration.
 * A file edited into nonsense is refused with its place, and the roller learns afresh.
 */
public final class RollerLevelsFiles {

    public static final String FILE = "roller-levels.json";
    /** A hello line is one short line; anything longer is not one. */
    static final int MAX_SENSOR = 200;

    private RollerLevelsFiles() {
    }

    public static Path in(Path dataDir) {
        return dataDir.resolve(FILE);
    }

    /** Empty when nothing is remembered yet; refused when something is and it makes no sense. */
    public static Optional<SavedLevels> load(Path file) throws InvalidFilesException {
        return DataFiles.load(file, SavedLevels.class, RollerLevelsFiles::check);
    }

    private static void check(Problems.In in, SavedLevels l) {
        if (l.sensor() != null && l.sensor().length() > MAX_SENSOR) {
            in.report("sensor", "must be at most " + MAX_SENSOR + " characters, was " + l.sensor().length());
        }
        DataFiles.number(in, "zero", l.zero());
        if (DataFiles.number(in, "noise", l.noise()) && l.noise() < 0) {
            in.report("noise", "must not be negative, was " + l.noise());
        }
        if (DataFiles.number(in, "sway", l.sway()) && l.sway() < 0) {
            in.report("sway", "must not be negative, was " + l.sway());
        }
        if (DataFiles.number(in, "quantum", l.quantum()) && !(l.quantum() > 0 && l.quantum() <= 1)) {
            in.report("quantum", "must be above 0 and at most 1, was " + l.quantum());
        }
    }


    public static void save(Path file, SavedLevels levels) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
        AtomicFiles.writeWithoutBackup(file, json.writeValueAsBytes(levels));
    }
}
