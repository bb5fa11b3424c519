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
        tap(app, f -> f.start());
        tap(app, f -> f.noneApply());
        tap(app, f -> f.chooseRoutine(new RoutinePlan("bench", List.of(new RoutinePlan.Entry("upper-back", false)))));
        // By touch the hold gets ready by itself once the intensity is chosen.
        tap(app, f -> f.chooseIntensity(Intensity.MINIMAL));
        app.awaitClosed();
    }

    /** A tap once the screen takes it: the tap guard (and the safety list's reading time) waited out. */
    private static void tap(KioskApp app, java.util.function.Consumer<com.rollkiosk.domain.KioskFlow> action)
            throws Exception {
        long[] wait = new long[1];
        SwingUtilities.invokeAndWait(() -> wait[0] = app.flow().nanosUntilConfirmCounts());
        Thread.sleep(wait[0] / 1_000_000L + 1);
        SwingUtilities.invokeAndWait(() -> {
            action.accept(app.flow());
            app.ui().refresh();
        });
    }

    private static boolean onScreen(KioskApp app) throws Exception {
        boolean[] ready = new boolean[1];
        SwingUtilities.invokeAndWait(() -> ready[0] = app.ui() != null && app.ui().showing() == Screen.ATTRACT);
        return ready[0];
    }
}
