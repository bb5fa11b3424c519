package com.rollkiosk.app;

import com.rollkiosk.config.SoundSettings;
import com.rollkiosk.ui.Cues;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.SourceDataLine;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The cues as tones made in code: a short beep when a hold enters its last seconds, a rising
 * three-note chime when it completes. Played on one background thread so the screen never
 * waits for audio; with no audio device (a headless test display) it logs once and stays quiet.
 */
final class ToneCues implements Cues {

    private static final System.Logger LOG = System.getLogger(ToneCues.class.getName());
    private static final float RATE = 44_100f;
    private static final AudioFormat FORMAT = new AudioFormat(RATE, 16, 1, true, false);

    private final double volume;
    private final ExecutorService player = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kiosk-sound");
        t.setDaemon(true);
        return t;
    });
    private final byte[] beep;
    private final byte[] chime;
    private volatile boolean broken;

    private ToneCues(SoundSettings settings) {
        this.volume = settings.volume() / 100.0;
        this.beep = tones(new double[] {880}, 160);
        this.chime = tones(new double[] {660, 880, 1320}, 180);
    }

    static Cues of(SoundSettings settings) {
        return settings.enabled() && settings.volume() > 0 ? new ToneCues(settings) : Cues.silent();
    }

    @Override
    public void warning() {
        play(beep);
    }

    @Override
    public void completed() {
        play(chime);
    }

    private void play(byte[] pcm) {
        if (!broken) {
            player.execute(() -> write(pcm));
        }
    }

    private void write(byte[] pcm) {
        try (SourceDataLine line = AudioSystem.getSourceDataLine(FORMAT)) {
            line.open(FORMAT);
            line.start();
            line.write(pcm, 0, pcm.length);
            line.drain();
        } catch (Exception | LinkageError e) {
            // No sound card, or a device that refuses the format: the flash still signals, so carry on quietly.
            if (!broken) {
                broken = true;
                LOG.log(System.Logger.Level.WARNING, "no sound: " + e);
            }
        }
    }

    /** Notes one after another, each with a soft attack and release so it does not click. */
    private byte[] tones(double[] hertz, int noteMs) {
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
