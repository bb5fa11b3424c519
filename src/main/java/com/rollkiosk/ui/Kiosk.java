package com.rollkiosk.ui;

import com.rollkiosk.config.KioskConfig;
import com.rollkiosk.content.Content;
import com.rollkiosk.domain.KioskFlow;

import com.rollkiosk.domain.RollerState;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What every presenter works with: the flow it reads and drives, the words, the settings, the
 * roller's latest published state (null without a sensor), and the refresh that follows each
 * action so the screen shows the flow's new state at once.
 */
public record Kiosk(KioskFlow flow, Content content, KioskConfig config, Supplier<RollerState> roller,
                    Runnable refresh) {

    public Kiosk(KioskFlow flow, Content content, KioskConfig config, Runnable refresh) {
        this(flow, content, config, () -> null, refresh);
    }

    /** Applies a touch to the flow, then redraws. */
    public void act(Consumer<KioskFlow> action) {
        action.accept(flow);
        refresh.run();
    }
}
