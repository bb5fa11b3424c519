package com.rollkiosk.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.rollkiosk.json.AtomicFiles;
import com.rollkiosk.json.InvalidFilesException;
import com.rollkiosk.json.Problems;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads and writes the roller's calibration in the data folder. A file edited by hand into
 * nonsense is refused with its place, like the config, so the kiosk can fall back to the
 * automatic zero instead of detecting with levels that make no sense.
 */
public final class CalibrationFiles {

    public static final String FILE = "calibration.json";

    private CalibrationFiles() {
    }

    public static Path in(Path dataDir) {
        return dataDir.resolve(FILE);
    }

    /** Empty when there is no calibration yet; refused when there is one and it is wrong. */
    public static Optional<SavedCalibration> load(Path file) throws InvalidFilesException {
        return DataFiles.load(file, SavedCalibration.class, CalibrationFiles::check);
    }

    private static void check(Problems.In in, SavedCalibration c) {
        boolean complete = DataFiles.number(in, "baseline", c.baseline()) & DataFiles.number(in, "noise", c.noise())
                & DataFiles.number(in, "loadedLevel", c.loadedLevel()) & DataFiles.number(in, "onThreshold", c.onThreshold())
                & DataFiles.number(in, "offThreshold", c.offThreshold());
        if (!complete) {
            return;
        }
        if (c.noise() < 0) {
            in.report("noise", "must not be negative, was " + c.noise());
        }
        if (!(c.offThreshold() > 0)) {
            in.report("offThreshold", "must be above 0, was " + c.offThreshold());
        } else if (c.onThreshold() < c.offThreshold()) {
            in.report("onThreshold", "must not be below offThreshold (" + c.offThreshold() + "), was " + c.onThreshold());
        } else if (!(Math.abs(c.loadedLevel() - c.baseline()) > c.onThreshold())) {
            in.report("loadedLevel", "must lie further from baseline than onThreshold, or nobody could ever be detected");
        }
    }


    public static void save(Path file, SavedCalibration calibration) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);
        AtomicFiles.write(file, json.writeValueAsBytes(calibration));
    }
}
