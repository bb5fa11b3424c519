package com.rollkiosk.app;

import com.rollkiosk.ui.Scheduler;
import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.ui.Edt;
import java.awt.DefaultKeyboardFocusManager;
import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.util.List;
import javax.swing.JPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The user-mode window leaves nothing of itself in the toolkit once it is disposed. */
class KioskWindowTest {

    /** The focus manager, with its key dispatchers in view. */
    private static final class Inspectable extends DefaultKeyboardFocusManager {
        List<KeyEventDispatcher> dispatchers() {
            List<KeyEventDispatcher> list = getKeyEventDispatchers();
            return list == null ? List.of() : List.copyOf(list);
        }
    }

    private final Inspectable focus = new Inspectable();
    private KeyboardFocusManager before;

    @BeforeEach
    void inspectFocus() throws Exception {
        before = KeyboardFocusManager.getCurrentKeyboardFocusManager();
        Edt.call(() -> {
            KeyboardFocusManager.setCurrentKeyboardFocusManager(focus);
            return null;
        });
    }

    @AfterEach
    void restoreFocus() throws Exception {
        Edt.call(() -> {
            KeyboardFocusManager.setCurrentKeyboardFocusManager(before);
            return null;
        });
    }

    @Test
    void theAltF4BlockerIsRemovedWhenTheWindowIsDisposed() throws Exception {
        int during = Edt.call(() -> {
            KioskWindow window = new KioskWindow(new JPanel(), false, 0, 5, Scheduler.swing(), () -> { });
            int count = focus.dispatchers().size();
            window.dispose();
            return count;
        });

        assertThat(during).as("key dispatchers while the window is up").isEqualTo(1);
        assertThat(focus.dispatchers()).as("key dispatchers after dispose").isEmpty();
    }
}
