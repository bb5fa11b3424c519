package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.domain.HoldTimer;
import com.rollkiosk.domain.Screen;
import com.rollkiosk.sensor.FakeArduino;
import com.rollkiosk.sensor.Socat;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole kiosk on a connected but dead sensor: a pty that prints a flat 0, as an FSR with a
 * broken wire does. The port is open and readings flow, so the kiosk is "connected", yet nobody
 * will ever be seen: the hold screen must still offer Start, and a touch must start the hold.
 */
@Timeout(60)
class DeadSensorKioskTest {

    @TempDir
    Path dir;

    @Test
    void aConnectedButDeadSensorStillLetsARunnerStartAHoldByTouch() throws Exception {
        try (Socat socat = Socat.start(dir); FakeArduino deadWire = new FakeArduino(socat, 0)) {
            KioskApp app = KioskApp.launch(new KioskCommand().settings(new String[] {"--windowed",
                    "--sensor", "serial:" + socat.deviceEnd(), "--data", dir.resolve("data").toString()}));
            try {
                AppWindow.waitFor(() -> app.ui() != null && app.flow().isSensorConnected()
                        && app.sensor().tracker().stats().samples() > 50);
                click(app, "start");
                click(app, "none-apply");
                click(app, "region:calves");
                click(app, "minimal");
                AppWindow.waitFor(() -> app.ui().showing() == Screen.HOLD);

                AbstractButton start = AppWindow.onEdt(() -> AppWindow.find(app.ui().root(), "primary"));
                assertThat(start).as("Start on the hold screen with the sensor connected").isNotNull();
                assertThat(AppWindow.onEdt(start::getText))
                        .isEqualTo(app.ui().words().hold().start());
                screenshot(app, "dead-sensor-hold-ready");
                click(app, "primary");
                // The touch starts the hold's get-ready (long enough to lie down), then the hold runs on touch.
                AppWindow.waitFor(() -> app.flow().session().timer().state() == HoldTimer.State.GET_READY
                        || app.flow().session().timer().state() == HoldTimer.State.RUNNING);

                assertThat(AppWindow.onEdt(() -> app.flow().isSensorConnected())).isTrue();
                assertThat(AppWindow.onEdt(() -> app.flow().session().isTouchTimed())).isTrue();
                AbstractButton pause = AppWindow.onEdt(() -> AppWindow.find(app.ui().root(), "primary"));
                assertThat(AppWindow.onEdt(pause::getText)).isEqualTo(app.ui().words().hold().pause());
                screenshot(app, "dead-sensor-hold-by-touch");
            } finally {
                app.close();
            }
        }
    }

    /** A tap once it counts: the screen has been up past its tap guard, as for a person reading it. */
    private static void click(KioskApp app, String name) throws Exception {
        AppWindow.waitFor(() -> AppWindow.find(app.ui().root(), name) != null);
        AppWindow.waitFor(() -> app.flow().nanosUntilConfirmCounts() <= 0 && AppWindow.find(app.ui().root(), name).isEnabled());
        AppWindow.onEdt(() -> {
            AppWindow.find(app.ui().root(), name).doClick(0);
            return null;
        });
    }

    /** What the window shows, painted off screen, to target/screenshots/NAME.png, for a person to look at. */
    private static void screenshot(KioskApp app, String name) throws Exception {
        BufferedImage image = AppWindow.onEdt(() -> {
            JFrame frame = app.window().frame();
            java.awt.Container pane = frame.getContentPane();
            BufferedImage shot = new BufferedImage(pane.getWidth(), pane.getHeight(), BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = shot.createGraphics();
            pane.paint(g);
            g.dispose();
            return shot;
        });
        Path file = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
    }
}
