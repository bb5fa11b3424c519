package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.config.SoundSettings;
import com.rollkiosk.domain.FakeClock;
import com.rollkiosk.ui.DiagnosticsSource.Sound;
import com.rollkiosk.ui.DiagnosticsSource.SoundState;
import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.LineUnavailableException;
import org.junit.jupiter.api.Test;

/**
 * One audio failure (a monitor's HDMI audio power-cycling, a sound server restarting) must not
 * silence the kiosk until a restart: the cues come back on their own, after a wait that doubles
 * while the device keeps failing, and diagnostics say so meanwhile.
 */
class ToneCuesTest {

    private final FakeClock clock = new FakeClock();
    /** The sound device: each play is recorded; while {@code down} it refuses, as a line gone away does. */
    private final List<Integer> played = new ArrayList<>();
    private boolean down;
    private int attempts;
    private final ToneCues cues = new ToneCues(new SoundSettings(true, 80), (pcm, format) -> {
        attempts++;
        if (down) {
            throw new LineUnavailableException("line with format PCM_SIGNED 44100.0 Hz not supported");
        }
        played.add(pcm.length);
    }, clock, Runnable::run);

    @Test
    void aFailureWaitsFiveSecondsThenTheNextCuePlays() {
        cues.warning();
        assertThat(played).hasSize(1);
        assertThat(cues.status()).isEqualTo(Sound.WORKING);

        down = true;
        cues.completed();
        assertThat(cues.status().state()).isEqualTo(SoundState.RETRYING);
        assertThat(cues.status().retryInMs()).isEqualTo(ToneCues.FIRST_RETRY_MS);
        assertThat(cues.status().problem()).contains("LineUnavailableException");

        down = false;
        clock.advanceMillis(ToneCues.FIRST_RETRY_MS - 1);
        cues.warning();
        assertThat(attempts).as("no try while the wait holds").isEqualTo(2);
        clock.advanceMillis(1);
        cues.warning();
        assertThat(played).as("the sound is back without a restart").hasSize(2);
        assertThat(cues.status()).isEqualTo(Sound.WORKING);
    }

    @Test
    void theWaitDoublesWhileTheDeviceKeepsFailingUpToTenMinutesAndResetsOnceItPlays() {
        down = true;
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            cues.warning();
            long wait = cues.status().retryInMs();
            waits.add(wait);
            clock.advanceMillis(wait);
        }
        assertThat(waits).containsExactly(5_000L, 10_000L, 20_000L, 40_000L, 80_000L, 160_000L, 320_000L,
                600_000L, 600_000L, 600_000L, 600_000L, 600_000L);
        assertThat(attempts).as("one try per wait, never more").isEqualTo(12);

        down = false;
        cues.completed();
        assertThat(cues.status()).isEqualTo(Sound.WORKING);
        down = true;
        cues.warning();
        assertThat(cues.status().retryInMs()).as("a new failure starts the wait afresh").isEqualTo(5_000L);
    }

    @Test
    void cuesQueuedBeforeAFailureDoNotRunTheWaitUp() {
        List<Runnable> queued = new ArrayList<>();
        down = true;
        ToneCues slow = new ToneCues(new SoundSettings(true, 80), (pcm, format) -> {
            attempts++;
            throw new LineUnavailableException("gone");
        }, clock, queued::add);
        slow.warning();
        slow.completed();
        slow.warning();
        queued.forEach(Runnable::run);
        assertThat(attempts).isEqualTo(1);
        assertThat(slow.status().retryInMs()).isEqualTo(ToneCues.FIRST_RETRY_MS);
    }

    @Test
    void soundOffInTheSettingsIsSaidAsOff() {
        SwitchableCues switchable = new SwitchableCues(new SoundSettings(false, 80), clock);
        assertThat(switchable.status()).isEqualTo(Sound.OFF);
    }
}
