package com.rollkiosk.app;

import com.rollkiosk.config.KioskConfig;
import com.rollkiosk.json.Problem;
import com.rollkiosk.ui.StaffSettings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Staff mode's settings, saved with {@link SettingsFile#save} (temporary file, forced to disk,
 * renamed, the previous good file kept) and then handed to {@code apply}, so they take effect
 * without a restart. The save runs off the event thread (forcing the disk can take seconds on
 * eMMC or SD storage); putting it in force runs on it.
 */
final class SettingsStore implements StaffSettings {

    private final Path target;
    private final Consumer<KioskConfig> apply;
    private KioskConfig current;
    private String inUse;
    private List<String> refused;

    /** @param target where saves go, see {@link #target}; @param apply puts saved settings in force */
    SettingsStore(KioskConfig current, StaffFiles.InUse files, Path target, Consumer<KioskConfig> apply) {
        this.current = current;
        this.target = target;
        this.apply = apply;
        this.inUse = files.config().toString();
        this.refused = files.configRefused().stream().map(Problem::toString).toList();
    }

    /**
     * The file staff mode saves: a settings file named with {@code --config}, else the one beside
     * the jar, also when the settings came from the built-in copy or the last good backup.
     */
    static Path target(StaffFiles.Found config, StaffFiles install) {
        return config.origin().equals(StaffFiles.GIVEN) ? config.path() : install.configToSave(Optional.empty());
    }

    @Override
    public KioskConfig current() {
        return current;
    }

    @Override
    public String file() {
        return target.toString();
    }

    @Override
    public String inUse() {
        return inUse;
    }

    @Override
    public List<String> refused() {
        return refused;
    }

    @Override
    public Optional<String> save(KioskConfig next) {
        try {
            SettingsFile.save(target, next);
        } catch (IOException e) {
            return Optional.of(target + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        return Optional.empty();
    }

    @Override
    public void saved(KioskConfig next) {
        current = next;
        inUse = target.toString();
        refused = List.of();
        apply.accept(next);
    }
}
