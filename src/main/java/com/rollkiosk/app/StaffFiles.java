package com.rollkiosk.app;

import com.rollkiosk.config.CalibrationFiles;
import com.rollkiosk.config.ConfigLoader;
import com.rollkiosk.config.KioskConfig;
import com.rollkiosk.config.SavedCalibration;
import com.rollkiosk.domain.CalibrationResult;
import com.rollkiosk.json.InvalidFilesException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the commands find the files staff edit, relative to the folder they run in. */
final class StaffFiles {

    static final String DEFAULT_CONFIG = "config/kiosk.json";
    static final String DEFAULT_CONTENT = "content";

    private StaffFiles() {
    }

    /** The named data folder, or {@code ~/.rollkiosk}: logs and the roller's calibration live there. */
    static Path dataDir(Optional<String> named) {
        return Path.of(named.orElseGet(() -> Path.of(System.getProperty("user.home"), ".rollkiosk").toString()));
    }

    /**
     * The saved calibration, if there is a good one. A broken file is reported through {@code problem},
     * one line per problem, and the roller falls back to its automatic zero.
     */
    static CalibrationResult.Calibrated calibration(Path dataDir, java.util.function.Consumer<String> problem) {
        try {
            return CalibrationFiles.load(CalibrationFiles.in(dataDir)).map(SavedCalibration::toCalibrated).orElse(null);
        } catch (InvalidFilesException e) {
            e.problems().forEach(p -> problem.accept(p + " (using the automatic zero instead)"));
            return null;
        }
    }

    /**
     * The named config; without a name, the default file when it exists, else the defaults.
     * A file that exists is always checked: a broken one is refused, never skipped.
     */
    static KioskConfig config(Optional<String> named) throws InvalidFilesException {
        if (named.isPresent()) {
            return ConfigLoader.load(Path.of(named.get()));
        }
        Path fallback = Path.of(DEFAULT_CONFIG);
        return Files.exists(fallback) ? ConfigLoader.load(fallback) : KioskConfig.defaults();
    }
}
