package com.rollkiosk.app;

import com.rollkiosk.json.AtomicFiles;
import com.rollkiosk.config.ConfigLoader;
import com.rollkiosk.config.ConfigWriter;
import com.rollkiosk.config.KioskConfig;
import com.rollkiosk.json.InvalidFilesException;
import com.rollkiosk.json.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The settings file as the kiosk uses it: saved atomically with the previous good file kept as
 * {@code kiosk.json.bak}, and read at start so that a file broken by hand never stops an
 * unattended kiosk. Then the last good copy is used, else the defaults built into the jar, and
 * the choice and its reasons are kept for staff mode. A file named with {@code --config} is a
 * person at a keyboard: a broken one is refused with its problems, as {@code check} does.
 */
final class SettingsFile {

    /**
     * @param used    the file the settings came from, and why that one
     * @param refused the problems of the settings file that was passed over; empty when none was
     */
    record Choice(KioskConfig config, StaffFiles.Found used, List<Problem> refused) {
    }

    private SettingsFile() {
    }

    static Choice forKiosk(StaffFiles.Found found) throws InvalidFilesException {
        if (found.origin().equals(StaffFiles.GIVEN)) {
            return new Choice(ConfigLoader.load(found.path()), found, List.of());
        }
        try {
            return new Choice(ConfigLoader.load(found.path()), found, List.of());
        } catch (InvalidFilesException broken) {
            String why = found.path() + " has " + broken.problems().size()
                    + (broken.problems().size() == 1 ? " problem" : " problems");
            Path backup = AtomicFiles.backupOf(found.path());
            if (Files.isRegularFile(backup)) {
                try {
                    return new Choice(ConfigLoader.load(backup),
                            new StaffFiles.Found(backup, "the last good copy, as " + why), broken.problems());
                } catch (InvalidFilesException alsoBroken) {
                    // the backup is broken too: the defaults below
                }
            }
            Path defaults = StaffFiles.builtIn(StaffFiles.CONFIG);
            return new Choice(ConfigLoader.load(defaults),
                    new StaffFiles.Found(defaults, "the built-in defaults, as " + why), broken.problems());
        }
    }

    /**
     * Saves {@code config} atomically. The file it replaces becomes the backup only if it was
     * good; a file broken by hand leaves the earlier good backup in place.
     */
    static void save(Path file, KioskConfig config) throws IOException {
        byte[] json = ConfigWriter.toJson(config);
        if (loads(file)) {
            AtomicFiles.write(file, json);
        } else {
            AtomicFiles.writeWithoutBackup(file, json);
        }
    }

    private static boolean loads(Path file) {
        try {
            ConfigLoader.load(file);
            return true;
        } catch (InvalidFilesException e) {
            return false;
        }
    }
}
