package com.rollkiosk.ui;

import com.rollkiosk.config.KioskConfig;

import java.util.List;
import java.util.Optional;

/** The settings file as staff mode sees it, implemented by the wiring: the UI never touches a file. */
public interface StaffSettings {

    /** The settings in use now. */
    KioskConfig current();

    /** The file a save writes, for staff to read. */
    String file();

    /** The file the settings in use came from, for staff to read. */
    String inUse();

    /** Why the settings file was passed over at start, one line per problem; empty normally. */
    List<String> refused();

    /**
     * Saves atomically; slow on a slow disk (it forces the file there), so called off the event
     * thread. Empty when saved, else why not. Nothing is put in force until {@link #saved}.
     */
    Optional<String> save(KioskConfig next);

    /** Puts settings that {@link #save} has just saved in force at once; on the event thread. */
    default void saved(KioskConfig next) {
    }
}
