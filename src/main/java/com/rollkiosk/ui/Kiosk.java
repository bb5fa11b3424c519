package com.rollkiosk.ui;

import com.rollkiosk.config.KioskConfig;
import com.rollkiosk.content.Content;
import com.rollkiosk.content.Languages;
import com.rollkiosk.domain.KioskFlow;

import java.util.function.Consumer;

/**
 * What every presenter works with: the flow it reads and drives, the words in the language on
 * show, the settings, and the refresh that follows each action so the screen shows the flow's
 * new state at once.
 */
public final class Kiosk {

    private final KioskFlow flow;
    private final Languages languages;
    private final KioskConfig config;
    private final Runnable refresh;

    public Kiosk(KioskFlow flow, Languages languages, KioskConfig config, Runnable refresh) {
        this.flow = flow;
        this.languages = languages;
        this.config = config;
        this.refresh = refresh;
    }

    public KioskFlow flow() {
        return flow;
    }

    /** The words in the language on show. */
    public Content content() {
        return languages.first();
    }

    public Languages languages() {
        return languages;
    }

    public KioskConfig config() {
        return config;
    }

    /** Applies a touch to the flow, then redraws. */
    public void act(Consumer<KioskFlow> action) {
        action.accept(flow);
        refresh.run();
    }
}
