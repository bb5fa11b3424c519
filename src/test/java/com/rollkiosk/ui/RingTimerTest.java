package com.rollkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.domain.HoldTimer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The ring's digits, measured in the pixels it paints: tall enough to read from the mat. */
class RingTimerTest {

    private static final Theme AT_1080P = Theme.forSize(1920, 1080);

    @Test
    void timerDigitsAreAtLeastTwoHundredPixelsTallAt1080p() throws Exception {
        Rectangle digits = inked(paint(90), Theme.TEXT);
        System.out.println("timer digits at 1080p: " + digits.width + "x" + digits.height + " px");
        assertThat(digits.height).as("digit height in px").isGreaterThanOrEqualTo(200);
    }

    @Test
    void threeDigitsStayInsideTheRingAndAsTall() throws Exception {
        int d = AT_1080P.ringDiameter();
        Rectangle digits = inked(paint(120), Theme.TEXT);
        assertThat(digits.height).isGreaterThanOrEqualTo(200);
        assertThat(digits.x).isGreaterThan(AT_1080P.px(34));
        assertThat(digits.x + digits.width).isLessThan(d - AT_1080P.px(34));
    }

    @Test
    void theTimeHeldShowsAsTheTrackAndTheTimeLeftAsTheArc() throws Exception {
        // A quarter held: the arc runs from 12 o'clock anticlockwise round to 3 o'clock.
        BufferedImage image = paint(90);
        assertThat(new java.awt.Color(ringPixel(image, 45))).as("held: the bare track").isEqualTo(Theme.SURFACE_RAISED);
        assertThat(new java.awt.Color(ringPixel(image, 225))).as("left: the arc").isEqualTo(Theme.GO);
    }

    /** The pixel on the middle of the ring's stroke at this angle, anticlockwise from 3 o'clock. */
    private static int ringPixel(BufferedImage image, double degrees) {
        int d = AT_1080P.ringDiameter();
        double r = (d - AT_1080P.px(34) - 4) / 2.0;
        double a = Math.toRadians(degrees);
        return image.getRGB((int) Math.round(d / 2.0 + r * Math.cos(a)), (int) Math.round(d / 2.0 - r * Math.sin(a)));
    }

    @Test
    void theCaptionSitsUnderTheDigitsInsideTheRing() throws Exception {
        BufferedImage image = paint(30, HoldTimer.State.PAUSED);
        Rectangle digits = inked(image, Theme.TEXT);
        Rectangle caption = inked(image, Theme.ACCENT);
        assertThat(caption.y).isGreaterThan(digits.y + digits.height);
        assertThat(caption.y + caption.height).isLessThan(AT_1080P.ringDiameter() - AT_1080P.px(34));
    }

    private static BufferedImage paint(int seconds) throws Exception {
        return paint(seconds, HoldTimer.State.RUNNING);
    }

    private static BufferedImage paint(int seconds, HoldTimer.State state) throws Exception {
        return Edt.call(() -> {
            RingTimer ring = new RingTimer(AT_1080P, Scheduler.swing(),
                    () -> new HoldPresenter.Ring(0.25, seconds, state, false, "HOLD"));
            int d = AT_1080P.ringDiameter();
            ring.setSize(d, d);
            ring.poll();
            BufferedImage image = new BufferedImage(d, d, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(Theme.BACKGROUND);
            g.fillRect(0, 0, d, d);
            ring.paint(g);
            g.dispose();
            return image;
        });
    }

    /** The box around every pixel drawn in (nearly) this colour. */
    private static Rectangle inked(BufferedImage image, Color colour) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                if (Math.abs(c.getRed() - colour.getRed()) + Math.abs(c.getGreen() - colour.getGreen())
                        + Math.abs(c.getBlue() - colour.getBlue()) < 12) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        assertThat(maxX).as("something drawn in " + Theme.hex(colour)).isGreaterThanOrEqualTo(0);
        return new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }
}
