package com.rollkiosk.ui;

import javax.swing.JComponent;

/** A screen as the window host sees it: something to show, and where keyboard focus starts. */
public interface ScreenView {

    JComponent component();

    /** The screen's main action, focused on entry so Enter does the obvious thing. */
    JComponent firstFocus();
}
