package com.rollkiosk.app;

import com.rollkiosk.config.ConfigLoader;
import com.rollkiosk.config.KioskConfig;
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
