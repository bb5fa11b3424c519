package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.bench.KioskProcess;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reliability: a runner at the keyboard, or a window manager's menu, tries to get past the kiosk.
 * The kiosk runs as staff start it, in user mode (fullscreen), as a process of its own on an Xvfb
 * display that openbox manages with its packaged key bindings ({@link ManagedDisplay}). After each
 * attempt the kiosk is still running, its window still covers the screen, fullscreen and in front
 * with the focus, and at the end a tap still starts a session. The other window tests run on a bare
 * Xvfb, where no window manager closes, iconifies or hides anything.
 */
@Timeout(120)
class EscapeReliabilityTest {

    @TempDir
    Path dir;

    @Test
    void closeRequestsAltF4IconifyAndShowDesktopLeaveTheKioskUpInFront() throws Exception {
        ManagedDisplay.requireTools();
        try (ManagedDisplay x = ManagedDisplay.start(dir);
             KioskProcess kiosk = KioskProcess.startMain(Map.of("DISPLAY", x.display()), Main.class, "--sensor", "none")) {
            kiosk.awaitFirstFrame();
            long window = x.awaitWindowOf(kiosk.pid());
            awaitInFront(x, window, kiosk, "at start");
            String id = "0x" + Long.toHexString(window);

            // Each attempt is a few X tool runs; openbox has acted on each (barrier) before the next.
            Map<String, List<String[]>> attempts = new LinkedHashMap<>();
            attempts.put("a close request through the window manager (a taskbar's or title bar's close)",
                    once("wmctrl", "-i", "-c", id));
            attempts.put("Alt+F4", once("xdotool", "key", "alt+F4"));
            attempts.put("Alt+Escape (lower and unfocus)", once("xdotool", "key", "alt+Escape"));
            attempts.put("an iconify request (the window menu's Iconify)",
                    once("xdotool", "windowminimize", id));
            attempts.put("Super+D (show the desktop)", once("xdotool", "key", "super+d"));
            attempts.put("Alt+drag (openbox's move)", List.of(
                    new String[] {"xdotool", "mousemove", "700", "500", "keydown", "alt", "mousedown", "1"},
                    new String[] {"xdotool", "mousemove", "720", "515", "mousemove", "1300", "900"},
                    new String[] {"xdotool", "mouseup", "1", "keyup", "alt"}));
            Map<String, Long> backMs = new LinkedHashMap<>();
            for (Map.Entry<String, List<String[]>> attempt : attempts.entrySet()) {
                long start = System.nanoTime();
                for (String[] step : attempt.getValue()) {
                    x.run(step);
                    x.barrier();
                }
                awaitInFront(x, window, kiosk, "after " + attempt.getKey());
                backMs.put(attempt.getKey(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            }
            System.out.println("ms from each attempt to the kiosk in front again: " + backMs);

            // The events of every attempt reached the kiosk before this tap: it still answers.
            assertThat(kiosk.logged("screen")).as("screen changes before the tap").isZero();
            // A tap within half a second of the screen (re)appearing is taken for a double tap and
            // presses nothing, as a runner would find: they tap again (every 3 s, so the log has its line).
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (logged(kiosk, "screen") == 0 && System.nanoTime() < deadline) {
                x.run("xdotool", "mousemove", "960", "300", "click", "1");
                long next = System.nanoTime() + 3_000_000_000L;
                while (logged(kiosk, "screen") == 0 && System.nanoTime() < next) {
                    Thread.onSpinWait();
                }
            }
            ManagedDisplay.await("the tap's screen change in the activity log", () -> logged(kiosk, "screen") == 1);
            assertThat(kiosk.isAlive()).isTrue();
        }
    }

    /** An attempt made with one X tool run. */
    private static List<String[]> once(String... command) {
        return List.<String[]>of(command);
    }

    /** Waits until the kiosk's window covers the screen in front; fails at once if the kiosk has ended. */
    private static void awaitInFront(ManagedDisplay x, long window, KioskProcess kiosk, String when) throws Exception {
        ManagedDisplay.WindowState[] last = {null};
        try {
            ManagedDisplay.await("kiosk in front", () -> {
                if (!kiosk.isAlive()) {
                    throw new AssertionError("the kiosk ended: " + console(kiosk));
                }
                last[0] = x.state(window);
                return last[0].coversTheScreenInFront();
            });
        } catch (AssertionError e) {
            throw new AssertionError(when + ": " + e.getMessage() + "; last seen " + last[0], e);
        }
    }

    private static long logged(KioskProcess kiosk, String event) {
        try {
            return kiosk.logged(event);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String console(KioskProcess kiosk) {
        try {
            return kiosk.console();
        } catch (java.io.IOException e) {
            return e.getMessage();
        }
    }
}
