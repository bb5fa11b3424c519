package com.rollkiosk.ui;

import javax.swing.SwingUtilities;

/** How other threads (the sensor's reader) hand work to the event thread. */
@FunctionalInterface
public interface UiExecutor {

    void execute(Runnable work);

    static UiExecutor swing() {
        return SwingUtilities::invokeLater;
    }
}
