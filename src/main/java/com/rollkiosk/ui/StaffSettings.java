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

    /** Saves atomically and puts the settings in force at once; empty when saved, else why not. */
    Optional<String> save(KioskConfig next);
}
