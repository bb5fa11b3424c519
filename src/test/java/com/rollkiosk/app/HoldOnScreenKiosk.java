package com.rollkiosk.app;

import com.rollkiosk.domain.Intensity;
import com.rollkiosk.domain.RoutinePlan;
import com.rollkiosk.domain.Screen;

import javax.swing.SwingUtilities;
import java.util.List;

/**
 * The kiosk exactly as {@code java -jar} runs it, taken straight to a running 90-second hold of
 * the upper back (Start touched), for the benchmark that measures the CPU a hold on screen costs.
 * Takes the kiosk's own arguments. Not a test: {@code .ci/bench} starts it in a process of its own.
 */
public final class HoldOnScreenKiosk {

    private HoldOnScreenKiosk() {
    }

    public static void main(String[] args) throws Exception {
        KioskApp app = KioskApp.launch(new KioskCommand().settings(args));
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!onScreen(app) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        SwingUtilities.invokeAndWait(() -> {
            var flow = app.flow();
            flow.start();
            flow.noneApply();
            flow.chooseRoutine(new RoutinePlan("bench", List.of(new RoutinePlan.Entry("upper-back", false))));
            flow.chooseIntensity(Intensity.MINIMAL);
            flow.holdStart();
            app.ui().refresh();
        });
        app.awaitClosed();
    }

    private static boolean onScreen(KioskApp app) throws Exception {
        boolean[] ready = new boolean[1];
        SwingUtilities.invokeAndWait(() -> ready[0] = app.ui() != null && app.ui().showing() == Screen.ATTRACT);
        return ready[0];
    }
}
