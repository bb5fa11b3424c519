package com.rollkiosk.ui;

import com.rollkiosk.domain.KioskEvent;
import com.rollkiosk.domain.Screen;

import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import java.awt.Component;
import java.awt.Container;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * A real kiosk window on the test display, driven by touches (robot clicks) and a fake clock.
 * Reads what is on screen from the component tree; waits on the event thread, never sleeps.
 */
final class KioskWindowHarness implements AutoCloseable {

    final Fixture fixture;
    final RecordingCues cues = new RecordingCues();
    final KioskUi ui;
    /** Runs the kiosk's timed work (tick, ring, fades) only as the test moves the fake clock. */
    final ManualScheduler scheduler;
    final Illustrations illustrations = Fixture.illustrations();
    final JFrame frame;
    private final Robot robot;
    private final java.util.concurrent.atomic.AtomicInteger released = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger pressed = new java.util.concurrent.atomic.AtomicInteger();
    private final java.awt.event.AWTEventListener releases = e -> {
        if (e.getID() == java.awt.event.MouseEvent.MOUSE_RELEASED) {
            released.incrementAndGet();
        } else if (e.getID() == java.awt.event.MouseEvent.MOUSE_PRESSED) {
            pressed.incrementAndGet();
        }
    };
    private final java.util.concurrent.atomic.AtomicInteger keysReleased = new java.util.concurrent.atomic.AtomicInteger();
    private final java.awt.event.AWTEventListener keys = e -> {
        if (e.getID() == java.awt.event.KeyEvent.KEY_RELEASED) {
            keysReleased.incrementAndGet();
        }
    };
    private final int width;
    private final int height;
    private int touches;

    KioskWindowHarness(int width, int height) throws Exception {
        this.width = width;
        this.height = height;
        AtomicReference<KioskUi> uiRef = new AtomicReference<>();
        fixture = new Fixture(e -> {
            if (uiRef.get() != null) {
                uiRef.get().onEvent(e);
            }
        }, com.rollkiosk.domain.HoldCounting.CONTACT, true);
        scheduler = new ManualScheduler(fixture.clock);
        robot = new Robot();
        // Robot.waitForIdle waits for a quiet event queue, which a running ring or fade timer rarely
        // gives; the harness syncs on the event thread and on delivered mouse events instead.
        robot.setAutoWaitForIdle(false);
        java.awt.Toolkit.getDefaultToolkit().addAWTEventListener(releases, java.awt.AWTEvent.MOUSE_EVENT_MASK);
        java.awt.Toolkit.getDefaultToolkit().addAWTEventListener(keys, java.awt.AWTEvent.KEY_EVENT_MASK);
        ui = onEdt(() -> {
            Theme.install();
            KioskUi u = new KioskUi(fixture.flow, Fixture.LANGUAGES, Fixture.CONFIG, fixture.clock,
                    illustrations, cues, scheduler);
            uiRef.set(u);
            return u;
        });
        frame = onEdt(() -> {
            JFrame f = new JFrame("RollKiosk test");
            f.setUndecorated(true);
            f.setContentPane(ui.root());
            f.setBounds(0, 0, width, height);
            f.setVisible(true);
            ui.start();
            return f;
        });
        waitFor(() -> ui.showing() == Screen.ATTRACT && frame.isShowing());
    }

    <T> T onEdt(Callable<T> work) throws Exception {
        return Edt.call(work);
    }

    void run(Runnable work) throws Exception {
        onEdt(() -> {
            work.run();
            return null;
        });
    }

    void waitFor(BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!onEdt(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 5 s; on screen: " + onEdt(this::texts));
            }
            Thread.onSpinWait();
        }
    }

    /** Applies an action to the flow as a touch does, so the kiosk redraws and sets its next tick. */
    void act(java.util.function.Consumer<com.rollkiosk.domain.KioskFlow> action) throws Exception {
        run(() -> ui.kiosk().act(action));
    }

    /** Moves time on, running the kiosk's timed work that falls due on the way, each at its moment. */
    void advanceMillis(long ms) throws Exception {
        run(() -> scheduler.advanceMillis(ms));
    }

    Screen screen() throws Exception {
        return onEdt(ui::showing);
    }

    /** Touches the centre of the showing button with this name, once the screen takes taps (the guard's time moved on). */
    void touch(String name) throws Exception {
        run(() -> {
            var flow = fixture.flow;
            long nanos = Math.max(flow.nanosUntilTapsCount(), flow.nanosUntilConfirmCounts());
            scheduler.advanceMillis((nanos + 999_999L) / 1_000_000L);
        });
        touches++;
        waitFor(() -> showing(AbstractButton.class).stream().anyMatch(b -> name.equals(b.getName()) && b.isEnabled()));
        Rectangle r = onEdt(() -> {
            AbstractButton b = button(name);
            Point p = b.getLocationOnScreen();
            return new Rectangle(p.x, p.y, b.getWidth(), b.getHeight());
        });
        int before = released.get();
        robot.mouseMove(r.x + r.width / 2, r.y + r.height / 2);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        // The button acts while the release is dispatched, so once it has been seen the touch is done.
        waitFor(() -> released.get() > before);
    }

    /** Touches the screen where nothing is a button: on the component with this name, once the screen takes taps. */
    void touchScreenAt(String componentName) throws Exception {
        run(() -> scheduler.advanceMillis((fixture.flow.nanosUntilTapsCount() + 999_999L) / 1_000_000L));
        touches++;
        tapAt(onEdt(() -> {
            Component c = showing(Component.class).stream().filter(x -> componentName.equals(x.getName())).findFirst()
                    .orElseThrow(() -> new AssertionError("nothing named " + componentName + " on screen"));
            Point p = c.getLocationOnScreen();
            return new Point(p.x + c.getWidth() / 2, p.y + c.getHeight() / 2);
        }));
    }

    /** How many touches the test made ({@link #touch}, {@link #touchScreenAt}): the taps a person made. */
    int touches() {
        return touches;
    }

    /** One quick tap at this point of the screen, as a finger makes it; waits until its release is dispatched. */
    void tapAt(Point p) throws Exception {
        int before = released.get();
        robot.mouseMove(p.x, p.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        waitFor(() -> released.get() > before);
    }

    /** The centre of the showing button with this name, on the screen. */
    Point centreOf(String name) throws Exception {
        return onEdt(() -> {
            AbstractButton b = button(name);
            Point p = b.getLocationOnScreen();
            return new Point(p.x + b.getWidth() / 2, p.y + b.getHeight() / 2);
        });
    }

    /** Puts a finger down at this point of the window and keeps it there until {@link #lift}. */
    void pressAt(int x, int y) throws Exception {
        int before = pressed.get();
        robot.mouseMove(x, y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        waitFor(() -> pressed.get() > before);
    }

    /** Lets go; the screen under the finger may have gone meanwhile, so waits for the event queue, not for the event. */
    void lift() throws Exception {
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        robot.waitForIdle();
    }

    /** Presses these keys together (e.g. Ctrl, Shift, S), then lets go, and waits for the event queue to drain. */
    void chord(int... codes) {
        for (int c : codes) {
            robot.keyPress(c);
        }
        for (int i = codes.length - 1; i >= 0; i--) {
            robot.keyRelease(codes[i]);
        }
        robot.waitForIdle();
    }

    /** Presses and releases Enter on whatever has the keyboard focus, and waits until it is handled. */
    void pressEnter() throws Exception {
        int before = keysReleased.get();
        robot.keyPress(java.awt.event.KeyEvent.VK_ENTER);
        robot.keyRelease(java.awt.event.KeyEvent.VK_ENTER);
        // The button acts on the press, so once the release has been dispatched the key is done.
        waitFor(() -> keysReleased.get() > before);
    }

    AbstractButton button(String name) {
        return showing(AbstractButton.class).stream().filter(b -> name.equals(b.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + name + " among " + buttonNames()));
    }

    List<String> buttonNames() {
        return showing(AbstractButton.class).stream().map(Component::getName).toList();
    }

    /** Every text a person can read on screen now: labels and wrapped paragraphs. */
    List<String> texts() {
        List<String> out = new ArrayList<>();
        for (Component c : showing(Component.class)) {
            if (c instanceof JLabel l && l.getText() != null && !l.getText().isEmpty()) {
                out.add(l.getText());
            } else if (c instanceof WrapText w) {
                out.add(w.getText());
            } else if (c instanceof AbstractButton b && !b.getText().isEmpty()) {
                out.add(b.getText());
            }
        }
        return out;
    }

    <T extends Component> List<T> showing(Class<T> type) {
        List<T> out = new ArrayList<>();
        collect(frame.getContentPane(), type, out);
        return out;
    }

    private static <T extends Component> void collect(Component c, Class<T> type, List<T> out) {
        if (!c.isShowing()) {
            return;
        }
        if (type.isInstance(c)) {
            out.add(type.cast(c));
        }
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                collect(child, type, out);
            }
        }
    }

    /** Saves what the display shows to target/screenshots/NAME-WxH.png. */
    Path screenshot(String name) throws Exception {
        // The ring reads the clock on its own timer; catch it up so the picture shows the state now.
        run(() -> pollRings(frame.getContentPane()));
        run(() -> frame.getRootPane().paintImmediately(0, 0, width, height));
        java.awt.Toolkit.getDefaultToolkit().sync();
        var image = robot.createScreenCapture(new Rectangle(0, 0, width, height));
        Path file = Path.of("target", "screenshots", name + "-" + width + "x" + height + ".png");
        Files.createDirectories(file.getParent());
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new AssertionError("cannot save " + file, e);
        }
        return file;
    }

    private static void pollRings(java.awt.Container container) {
        for (java.awt.Component c : container.getComponents()) {
            if (c instanceof RingTimer ring) {
                ring.poll();
            } else if (c instanceof PressureGauge gauge) {
                gauge.poll();
            } else if (c instanceof java.awt.Container inner) {
                pollRings(inner);
            }
        }
    }

    List<KioskEvent> events() throws Exception {
        return onEdt(() -> List.copyOf(fixture.events));
    }

    @Override
    public void close() throws Exception {
        java.awt.Toolkit.getDefaultToolkit().removeAWTEventListener(releases);
        java.awt.Toolkit.getDefaultToolkit().removeAWTEventListener(keys);
        run(() -> {
            ui.stop();
            frame.dispose();
        });
    }
}
