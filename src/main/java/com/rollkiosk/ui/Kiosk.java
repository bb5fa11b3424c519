package com.rollkiosk.ui;

import com.rollkiosk.config.KioskConfig;
import com.rollkiosk.content.Content;
import com.rollkiosk.domain.KioskFlow;

import java.util.function.Consumer;

/**
 * What every presenter works with: the flow it reads and drives, the words, the settings, and
 * the refresh that follows each action so the screen shows the flow's new state at once.
 */
public record Kiosk(KioskFlow flow, Content content, KioskConfig config, Runnable refresh) {

    /** Applies a touch to the flow, then redraws. */
    public void act(Consumer<KioskFlow> action) {
        action.accept(flow);
        refresh.run();
    }
}
