package com.rollkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.content.OutOfOrderWords;
import com.rollkiosk.domain.FakeClock;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.AbstractButton;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/**
 * The out-of-order screen: staff read the first problem on it; the staff corner held 3 s opens a
 * PIN pad only when a PIN is set; the right PIN shows every problem and a way to try again now.
 * Time moves on a fake clock; everything runs on the event thread.
 */
class OutOfOrderScreenTest {

    private static final List<String> PROBLEMS = List.of(
            "/opt/rollkiosk/content/en/regions.json:12:16: regions[0].sided: cannot read \"maybe\" as true or false",
            "/opt/rollkiosk/content/de/regions.json:12:16: regions[0].sided: cannot read \"maybe\" as true or false");

    private final FakeClock clock = new FakeClock();
    private ManualScheduler scheduler;
    private OutOfOrderScreen screen;
    private boolean pinSet = true;
    private final AtomicInteger checks = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();

    private void onEdt(Runnable r) throws Exception {
        SwingUtilities.invokeAndWait(r);
    }

    private void make(String language) throws Exception {
        onEdt(() -> {
            scheduler = new ManualScheduler(clock);
            StaffAccess access = new StaffAccess() {
                @Override
                public boolean pinSet() {
                    return pinSet;
                }

                @Override
                public Answer check(char[] pin) {
                    checks.incrementAndGet();
                    return new Answer(new String(pin).equals("4711") ? Outcome.OPEN : Outcome.WRONG, 0);
                }
            };
            screen = new OutOfOrderScreen(OutOfOrderWords.of(language), access, clock, scheduler, Runnable::run,
                    Runnable::run, retries::incrementAndGet);
            screen.setProblems(PROBLEMS);
            screen.fitTo(new Dimension(1280, 800));
        });
    }

    private void holdCorner(long ms) throws Exception {
        onEdt(() -> {
            screen.pressed(20, 20);
            scheduler.advanceMillis(ms);
            screen.released();
        });
    }

    /** What the screen says, read on the event thread, where the screen is built. */
    private List<String> texts() throws Exception {
        List<String> out = new ArrayList<>();
        onEdt(() -> collect(screen, out));
        return out;
    }

    private static void collect(Component c, List<String> out) {
        if (c instanceof WrapText w) {
            out.add(w.getText());
        }
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                collect(child, out);
            }
        }
    }

    private Optional<AbstractButton> button(String name) {
        List<AbstractButton> found = new ArrayList<>();
        find(screen, name, found);
        return found.stream().findFirst();
    }

    private static void find(Component c, String name, List<AbstractButton> out) {
        if (c instanceof AbstractButton b && name.equals(b.getName())) {
            out.add(b);
        }
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                find(child, name, out);
            }
        }
    }

    private void type(String pin) throws Exception {
        onEdt(() -> {
            for (char d : pin.toCharArray()) {
                button(PinScreen.KEY + d).orElseThrow().doClick();
            }
            button(PinScreen.OK).orElseThrow().doClick();
        });
    }

    @Test
    void runnersReadOutOfOrderAndStaffTheFirstProblemInTheConfiguredLanguage() throws Exception {
        make("de");
        assertThat(texts()).contains("Außer Betrieb", PROBLEMS.get(0)).doesNotContain(PROBLEMS.get(1));
        make("fr");
        assertThat(texts()).as("a language the jar has no words for: English").contains("Out of order");
    }

    @Test
    void withNoPinSetTheCornerOpensNothing() throws Exception {
        pinSet = false;
        make("en");
        holdCorner(10_000);
        assertThat(screen.showing()).isEqualTo(OutOfOrderScreen.Showing.NOTICE);
        assertThat(button(PinScreen.OK)).isEmpty();
    }

    @Test
    void theCornerHeldThreeSecondsOpensThePadAndOnlyTheRightPinShowsEveryProblem() throws Exception {
        make("en");
        holdCorner(CornerPress.HOLD_MS - 1);
        assertThat(screen.showing()).as("a press a moment short").isEqualTo(OutOfOrderScreen.Showing.NOTICE);
        onEdt(() -> {
            screen.pressed(600, 400);
            scheduler.advanceMillis(CornerPress.HOLD_MS);
            screen.released();
        });
        assertThat(screen.showing()).as("a press away from the corner").isEqualTo(OutOfOrderScreen.Showing.NOTICE);

        holdCorner(CornerPress.HOLD_MS);
        assertThat(screen.showing()).isEqualTo(OutOfOrderScreen.Showing.PIN);
        type("1234");
        assertThat(screen.showing()).isEqualTo(OutOfOrderScreen.Showing.PIN);
        assertThat(texts()).contains("Wrong PIN").doesNotContain(PROBLEMS.get(1));

        type("4711");
        assertThat(screen.showing()).isEqualTo(OutOfOrderScreen.Showing.PROBLEMS);
        assertThat(texts()).containsAll(PROBLEMS);
        assertThat(checks).hasValue(2);

        onEdt(() -> button(OutOfOrderScreen.RETRY).orElseThrow().doClick());
        assertThat(retries).hasValue(1);
        assertThat(screen.showing()).isEqualTo(OutOfOrderScreen.Showing.NOTICE);
    }

    @Test
    void aPadLeftAloneGoesBackToTheNotice() throws Exception {
        make("en");
        holdCorner(CornerPress.HOLD_MS);
        onEdt(() -> scheduler.advanceMillis(OutOfOrderScreen.LEFT_ALONE_MS - 1));
        assertThat(screen.showing()).isEqualTo(OutOfOrderScreen.Showing.PIN);
        onEdt(() -> scheduler.advanceMillis(1));
        assertThat(screen.showing()).isEqualTo(OutOfOrderScreen.Showing.NOTICE);
    }

    @Test
    void aRealPressOnTheWindowsCornerReachesTheScreenThroughItsWords() throws Exception {
        make("en");
        javax.swing.JFrame[] frame = {null};
        onEdt(() -> {
            frame[0] = new javax.swing.JFrame();
            frame[0].setUndecorated(true);
            frame[0].setContentPane(screen);
            frame[0].setBounds(0, 0, 1280, 800);
            frame[0].setVisible(true);
        });
        try {
            java.awt.Robot robot = new java.awt.Robot();
            long deadline = System.nanoTime() + 10_000_000_000L;
            boolean[] showing = {false};
            while (!showing[0] && System.nanoTime() < deadline) {
                robot.waitForIdle();
                onEdt(() -> showing[0] = screen.isShowing());
            }
            java.awt.Point corner = screen.getLocationOnScreen();
            robot.mouseMove(corner.x + 10, corner.y + 10);
            robot.mousePress(java.awt.event.InputEvent.BUTTON1_DOWN_MASK);
            robot.waitForIdle();
            onEdt(() -> scheduler.advanceMillis(CornerPress.HOLD_MS));
            robot.mouseRelease(java.awt.event.InputEvent.BUTTON1_DOWN_MASK);
            robot.waitForIdle();
            assertThat(screen.showing()).isEqualTo(OutOfOrderScreen.Showing.PIN);
        } finally {
            onEdt(() -> frame[0].dispose());
        }
    }
}
