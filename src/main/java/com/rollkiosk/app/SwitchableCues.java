package com.rollkiosk.app;

import com.rollkiosk.config.SoundSettings;
import com.rollkiosk.ui.Cues;

/** The kiosk's sounds, switched when staff save new sound settings; the screens keep the one instance. */
final class SwitchableCues implements Cues {

    private volatile Cues now;
    private SoundSettings using;

    SwitchableCues(SoundSettings settings) {
        use(settings);
    }

    /** Each tone player keeps a thread, so one is made only when the sound settings really changed. */
    synchronized void use(SoundSettings settings) {
        if (!settings.equals(using)) {
            using = settings;
            now = ToneCues.of(settings);
        }
    }

    @Override
    public void warning() {
        now.warning();
    }

    @Override
    public void completed() {
        now.completed();
    }
}
