package com.rollkiosk.app;

import com.rollkiosk.config.SoundSettings;
import com.rollkiosk.domain.Clock;
import com.rollkiosk.ui.Cues;
import com.rollkiosk.ui.DiagnosticsSource;

/** The kiosk's sounds, switched when staff save new sound settings; the screens keep the one instance. */
final class SwitchableCues implements Cues {

    private final Clock clock;
    private volatile Cues now;
    private SoundSettings using;

    SwitchableCues(SoundSettings settings, Clock clock) {
        this.clock = clock;
        use(settings);
    }

    /** A new tone player only when the sound settings really changed, so a failure's wait is kept. */
    synchronized void use(SoundSettings settings) {
        if (!settings.equals(using)) {
            using = settings;
            now = ToneCues.of(settings, clock);
        }
    }

    /** Off in the settings, playing, or failed and trying again; for staff diagnostics. */
    DiagnosticsSource.Sound status() {
        return now instanceof ToneCues tones ? tones.status() : DiagnosticsSource.Sound.OFF;
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
