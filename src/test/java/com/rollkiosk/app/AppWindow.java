package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.ui.Edt;
import java.awt.Component;
import java.awt.Container;
import java.util.concurrent.Callable;
import javax.swing.AbstractButton;

/** Reading and waiting on a running kiosk's window from a test, on the event thread, without sleeping. */
final class AppWindow {

    private AppWindow() {
    }

    /** The showing button with this component name under {@code c}, or null. */
    static AbstractButton find(Component c, String name) {
        if (c instanceof AbstractButton b && name.equals(b.getName()) && b.isShowing()) {
            return b;
        }
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                AbstractButton found = find(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static <T> T onEdt(Callable<T> work) throws Exception {
        return Edt.call(work);
    }

    static void waitFor(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!onEdt(condition)) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            // Yields to other threads and the event queue without sleeping.
            Thread.onSpinWait();
        }
    }
}
