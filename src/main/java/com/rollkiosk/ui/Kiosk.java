package com.rollkiosk.ui;

import com.rollkiosk.config.KioskConfig;
import com.rollkiosk.content.Content;
import com.rollkiosk.content.Languages;
import com.rollkiosk.domain.KioskFlow;

import com.rollkiosk.domain.RollerState;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What every presenter works with: the flow it reads and drives, the words in the language on
 * show, the settings, the roller's latest published state (null without a sensor), and the
 * refresh that follows each action so the screen shows the flow's new state at once.
 */
public final class Kiosk {

    private final KioskFlow flow;
    private Languages languages;
    private KioskConfig config;
    private final Supplier<RollerState> roller;
    private final Runnable refresh;
    private Content content;
    private int visitsSeen;

    public Kiosk(KioskFlow flow, Languages languages, KioskConfig config, Runnable refresh) {
        this(flow, languages, config, () -> null, refresh);
    }

    public Kiosk(KioskFlow flow, Languages languages, KioskConfig config, Supplier<RollerState> roller,
                 Runnable refresh) {
        this.flow = flow;
        this.languages = languages;
        this.config = config;
        this.roller = roller;
        this.refresh = refresh;
        this.content = languages.first();
    }

    public KioskFlow flow() {
        return flow;
    }

    /** The words in the language on show. */
    public Content content() {
        return content;
    }

    /** Numbers as the language on show writes them. */
    public Numbers numbers() {
        return Numbers.of(content.language());
    }

    /** Shows every screen in this language until the kiosk next comes back to the idle screen. */
    public void chooseLanguage(String code) {
        content = languages.content(code).orElseThrow(() -> new IllegalArgumentException("no language " + code));
        act(KioskFlow::activity);
    }

    /**
     * Follows the flow to the screen it is on: when the kiosk went back to the idle screen for the
     * next person (a timeout, the end of a session), the next person starts in the configured
     * language, whatever the last one chose. Back to the idle screen by Back keeps it.
     */
    void follow() {
        int ended = flow.visitsEnded();
        if (ended != visitsSeen) {
            visitsSeen = ended;
            content = languages.first();
        }
    }

    /**
     * Saved settings take effect: the routines shown at once, the start language from the next
     * return to the idle screen (a runner reading in another language is not switched mid-routine).
     */
    public void reconfigure(KioskConfig next) {
        config = next;
        languages = languages.content(next.language()).isPresent() ? languages.withFirst(next.language()) : languages;
    }

    public Languages languages() {
        return languages;
    }

    /** The roller's latest state, or null without a sensor. */
    public Supplier<RollerState> roller() {
        return roller;
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
