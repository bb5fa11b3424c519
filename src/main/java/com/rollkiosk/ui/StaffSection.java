package com.rollkiosk.ui;

import javax.swing.JComponent;

/** One part of staff mode, shown in staff mode's content area when its menu button is pressed. */
public interface StaffSection {

    /** A stable name, e.g. "calibration": the menu button's component name and the preview's file name. */
    String key();

    /** The menu button's words, in the language on show. */
    String title();

    /** The panel shown in staff mode's content area. */
    JComponent view();

    /** Staff mode opened this section: start polling, refresh. Called on the event thread. */
    void enter();

    /** Staff mode left this section (or staff mode itself): stop polling, drop unsaved edits. */
    void leave();
}
