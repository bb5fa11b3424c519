package com.rollkiosk.app;

import com.rollkiosk.config.SoundSettings;
import com.rollkiosk.domain.Clock;
import com.rollkiosk.ui.Cues;
import com.rollkiosk.ui.DiagnosticsSource;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.SourceDataLine;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The cues as tones made in code: a short beep when a hold enters its last seconds, a rising
 * three-note chime when it completes. Played on one background thread so the screen never
 * waits for audio. A failed play (no device, a monitor that power-cycled its HDMI audio, a sound
 * server restarting) silences the cues for a while, then the next cue tries again: after
 * {@value #FIRST_RETRY_MS} ms, doubling with each failure in a row up to
 * {@value #LAST_RETRY_MS} ms, and back to normal at the first cue that plays.
 */
final class ToneCues implements Cues {

    static final long FIRST_RETRY_MS = 5_000;
    static final long LAST_RETRY_MS = 600_000;
    private static final System.Logger LOG = System.getLogger(ToneCues.class.getName());
    private static final float RATE = 44_100f;
    private static final AudioFormat FORMAT = new AudioFormat(RATE, 16, 1, true, false);

    /** Where the samples go: the sound card's line in the kiosk, a failing double in tests. */
    @FunctionalInterface
    interface Output {
        void play(byte[] pcm, AudioFormat format) throws Exception;
    }

    private final Output output;
    private final Clock clock;
    private final Executor player;
    private final byte[] beep;
    private final byte[] chime;
    /** The wait after the last failure, 0 while playing works; guarded by this. */
    private long backOffMs;
    private long retryAtMs;
    private String problem;

    ToneCues(SoundSettings settings, Output output, Clock clock, Executor player) {
        double volume = settings.volume() / 100.0;
        this.output = output;
        this.clock = clock;
        this.player = player;
        this.beep = tones(new double[] {880}, 160, volume);
        this.chime = tones(new double[] {660, 880, 1320}, 180, volume);
    }

    /** The cues the settings ask for: silence when off, else tones through the default sound device. */
    static Cues of(SoundSettings settings, Clock clock) {
        if (!settings.enabled() || settings.volume() <= 0) {
            return Cues.silent();
        }
        // One thread at most, in order, and none while quiet: a player replaced by new settings, or
        // left by a start that failed and was tried again, leaves no thread behind.
        return new ToneCues(settings, ToneCues::toDevice, clock, new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "kiosk-sound");
                    t.setDaemon(true);
                    return t;
                }));
    }

    @Override
    public void warning() {
        play(beep);
    }

    @Override
    public void completed() {
        play(chime);
    }

    /** Playing, or failed and waiting to try again; for staff diagnostics. */
    synchronized DiagnosticsSource.Sound status() {
        if (problem == null) {
            return DiagnosticsSource.Sound.WORKING;
        }
        return new DiagnosticsSource.Sound(DiagnosticsSource.SoundState.RETRYING, problem,
                Math.max(0, retryAtMs - clock.millis()));
    }

    private void play(byte[] pcm) {
        if (waiting()) {
            return;
        }
        player.execute(() -> write(pcm));
    }

    private synchronized boolean waiting() {
        return problem != null && clock.millis() < retryAtMs;
    }

    private void write(byte[] pcm) {
        // Cues queued before a failure wait too, or one outage would run the back-off up at once.
        if (waiting()) {
            return;
        }
        try {
            output.play(pcm, FORMAT);
            recovered();
        } catch (Exception | LinkageError e) {
            failed(e);
        }
    }

    private synchronized void recovered() {
        if (problem != null) {
            LOG.log(System.Logger.Level.INFO, "sound works again");
        }
        problem = null;
        backOffMs = 0;
    }

    private synchronized void failed(Throwable e) {
        // The flash still signals, so the kiosk carries on quietly and tries again later.
        backOffMs = backOffMs == 0 ? FIRST_RETRY_MS : Math.min(LAST_RETRY_MS, backOffMs * 2);
        retryAtMs = clock.millis() + backOffMs;
        problem = String.valueOf(e);
        LOG.log(System.Logger.Level.WARNING, "no sound: " + e + "; trying again in " + backOffMs / 1000 + " s");
    }

    private static void toDevice(byte[] pcm, AudioFormat format) throws Exception {
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            line.start();
            line.write(pcm, 0, pcm.length);
            line.drain();
        }
    }

    /** Notes one after another, each with a soft attack and release so it does not click. */
    private static byte[] tones(double[] hertz, int noteMs, double volume) {
        int perNote = (int) (RATE * noteMs / 1000);
        byte[] out = new byte[perNote * hertz.length * 2];
        int fade = perNote / 8;
        for (int n = 0; n < hertz.length; n++) {
            for (int i = 0; i < perNote; i++) {
                double envelope = Math.min(1, Math.min(i, perNote - i) / (double) fade);
                double sample = Math.sin(2 * Math.PI * hertz[n] * i / RATE) * envelope * volume * 0.8;
                short s = (short) (sample * Short.MAX_VALUE);
                int at = (n * perNote + i) * 2;
                out[at] = (byte) s;
                out[at + 1] = (byte) (s >> 8);
            }
        }
        return out;
    }
}
