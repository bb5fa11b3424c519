package com.rollkiosk.ui;

import com.rollkiosk.domain.HoldTimer;
import com.rollkiosk.domain.Screen;
import com.rollkiosk.domain.SensorStatus;

import javax.swing.JComponent;
import javax.swing.RepaintManager;
import javax.swing.SwingUtilities;
import java.awt.Graphics2D;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.util.Random;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Timings of the hold screen in a real 1920x1080 window, for the benchmarks (which live in
 * another package and cannot reach the window harness). Times are real; the hold's own clock is
 * the harness's fake one, so a hold never runs out while it is measured.
 */
public final class HoldScreenTimings implements AutoCloseable {

    private final KioskWindowHarness k;
    private final RingTimer ring;

    private HoldScreenTimings(KioskWindowHarness k) throws Exception {
        this.k = k;
        this.ring = k.onEdt(() -> ((HoldScreen) k.ui.view(Screen.HOLD)).ring());
    }

    /** A kiosk with a sensor connected, on the hold screen of the calves, waiting for the person. */
    public static HoldScreenTimings open() throws Exception {
        KioskWindowHarness k = new KioskWindowHarness(1920, 1080);
        k.run(() -> k.ui.sensorStatus(SensorStatus.CONNECTED));
        k.touch(AttractScreen.START);
        k.touch(ContraindicationsScreen.NONE_APPLY);
        k.touch("region:calves");
        k.touch("maximal");
        if (k.screen() != Screen.HOLD) {
            throw new IllegalStateException("not on the hold screen but " + k.screen());
        }
        return new HoldScreenTimings(k);
    }

    /**
     * Milliseconds from a contact event handed to the event thread (as the sensor's thread does)
     * until the ring has been painted in its new state and the display has it: {@code samples}
     * presses and releases, a random 0-60 ms apart so they fall anywhere in the ring's poll cycle.
     */
    public double[] contactToPaintMs(int samples) throws Exception {
        PaintWatch watch = new PaintWatch(ring);
        k.run(() -> RepaintManager.setCurrentManager(watch));
        double[] out = new double[samples];
        Random gap = new Random(5);
        try {
            for (int i = 0; i < samples; i++) {
                boolean on = i % 2 == 0;
                watch.expect(on ? HoldTimer.State.RUNNING : HoldTimer.State.PAUSED);
                long sent = System.nanoTime();
                SwingUtilities.invokeLater(() -> k.ui.pressure(on));
                Long painted = watch.painted.poll(5, TimeUnit.SECONDS);
                if (painted == null) {
                    throw new IllegalStateException("the ring was not painted within 5 s of a contact event");
                }
                out[i] = (painted - sent) / 1e6;
                Thread.sleep(gap.nextInt(61));
            }
        } finally {
            k.run(() -> RepaintManager.setCurrentManager(null));
        }
        return out;
    }

    /**
     * Milliseconds to paint the whole hold screen, hold running, into a 1920x1080 image, once per
     * frame with the clock 5 ms on each time; the first {@code warmup} frames are not counted.
     */
    public double[] fullPaintMs(int warmup, int frames) throws Exception {
        return paintMs(warmup, frames, k.ui.root());
    }

    /** As {@link #fullPaintMs}, the ring alone: what each change of the countdown repaints. */
    public double[] ringPaintMs(int warmup, int frames) throws Exception {
        return paintMs(warmup, frames, ring);
    }

    private double[] paintMs(int warmup, int frames, JComponent what) throws Exception {
        k.run(() -> k.ui.pressure(true));
        BufferedImage image = new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_RGB);
        double[] out = new double[frames];
        for (int i = 0; i < warmup + frames; i++) {
            k.fixture.clock.advanceMillis(5);
            int frame = i;
            k.run(() -> {
                ring.poll();
                Graphics2D g = image.createGraphics();
                long start = System.nanoTime();
                what.paint(g);
                long took = System.nanoTime() - start;
                g.dispose();
                if (frame >= warmup) {
                    out[frame - warmup] = took / 1e6;
                }
            });
        }
        k.run(() -> k.ui.pressure(false));
        return out;
    }

    @Override
    public void close() throws Exception {
        k.close();
    }

    /** Notes when a repaint of the ring in the awaited state has reached the display. */
    private static final class PaintWatch extends RepaintManager {
        final LinkedBlockingQueue<Long> painted = new LinkedBlockingQueue<>();
        private final RingTimer ring;
        private volatile HoldTimer.State awaited;
        private boolean ringDirty;

        PaintWatch(RingTimer ring) {
            this.ring = ring;
        }

        void expect(HoldTimer.State state) {
            awaited = state;
        }

        @Override
        public void addDirtyRegion(JComponent c, int x, int y, int w, int h) {
            super.addDirtyRegion(c, x, y, w, h);
            if (c == ring && ring.shown() != null && ring.shown().state() == awaited) {
                ringDirty = true;
            }
        }

        @Override
        public void paintDirtyRegions() {
            super.paintDirtyRegions();
            if (ringDirty) {
                ringDirty = false;
                awaited = null;
                Toolkit.getDefaultToolkit().sync();
                painted.add(System.nanoTime());
            }
        }
    }
}
