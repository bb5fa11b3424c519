package com.rollkiosk.app;

import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import java.awt.AWTEvent;
import java.awt.BorderLayout;
import java.awt.Cursor;
import java.awt.Frame;
import java.awt.Graphics;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.Point;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import javax.swing.JComponent;
import com.rollkiosk.ui.Scheduler;
import com.rollkiosk.ui.Ticker;

/**
 * The kiosk's one window. In user mode it is the chosen screen's fullscreen window, without
 * decorations, ignores close requests and Alt+F4, comes straight back when a window manager
 * iconifies or hides it, and hides the pointer after a few still seconds; windowed mode is a
 * normal closable 1280x800 window for desks and development.
 */
final class KioskWindow {

    static final int WINDOWED_WIDTH = 1280;
    static final int WINDOWED_HEIGHT = 800;

    private final JFrame frame = new JFrame("RollKiosk");
    private final Cursor blank = Toolkit.getDefaultToolkit().createCustomCursor(
            new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB), new Point(0, 0), "blank");
    private Ticker cursorHide;
    private AWTEventListener cursorWake;
    /** User mode's screen; null in windowed mode. */
    private GraphicsDevice device;
    private final WindowAdapter stayInFront = new WindowAdapter() {
        @Override
        public void windowIconified(WindowEvent e) {
            SwingUtilities.invokeLater(() -> {
                if (frame.isDisplayable()) {
                    frame.setExtendedState(Frame.NORMAL);
                }
            });
        }

        /**
         * Focus gone outside the kiosk: a window manager may have hidden it without iconifying it
         * (openbox's show-desktop unmaps it and nothing more). Raising it cannot undo that, but
         * iconifying it does: the restore above asks the window manager to show it, which ends
         * show-desktop. A kiosk only unfocused comes back the same way.
         */
        @Override
        public void windowDeactivated(WindowEvent e) {
            if (e.getOppositeWindow() == null) {
                SwingUtilities.invokeLater(() -> {
                    if (frame.isDisplayable() && !frame.isActive()) {
                        frame.setExtendedState(Frame.ICONIFIED);
                    }
                });
            }
        }
    };
    /** Swallows Alt+F4 in user mode; the focus manager holds it for the life of the JVM unless removed. */
    private KeyEventDispatcher altF4;

    /** @param firstFrame runs once, right after the window's content is first painted */
    KioskWindow(JComponent content, boolean windowed, int screen, int cursorHideSeconds, Scheduler scheduler,
                Runnable firstFrame) {
        JPanel root = new JPanel(new BorderLayout()) {
            private boolean painted;

            @Override
            public void paint(Graphics g) {
                super.paint(g);
                if (!painted) {
                    painted = true;
                    firstFrame.run();
                }
            }
        };
        root.add(content, BorderLayout.CENTER);
        frame.setContentPane(root);
        if (windowed) {
            frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            frame.setSize(WINDOWED_WIDTH, WINDOWED_HEIGHT);
            frame.setLocationRelativeTo(null);
        } else {
            userMode(screen, cursorHideSeconds, scheduler);
        }
    }

    private void userMode(int screen, int cursorHideSeconds, Scheduler scheduler) {
        GraphicsDevice[] devices = GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
        device = devices[Math.max(0, Math.min(screen, devices.length - 1))];
        frame.setUndecorated(true);
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        frame.setBounds(device.getDefaultConfiguration().getBounds());
        frame.setAlwaysOnTop(false);
        altF4 = e -> e.getKeyCode() == KeyEvent.VK_F4 && e.isAltDown();
        KeyboardFocusManager.getCurrentKeyboardFocusManager().addKeyEventDispatcher(altF4);
        long hideMs = cursorHideSeconds * 1000L;
        cursorHide = new Ticker(scheduler, 0, () -> frame.getContentPane().setCursor(blank));
        cursorWake = e -> {
            frame.getContentPane().setCursor(Cursor.getDefaultCursor());
            cursorHide.runIn(hideMs);
        };
        Toolkit.getDefaultToolkit().addAWTEventListener(cursorWake, AWTEvent.MOUSE_MOTION_EVENT_MASK);
        cursorHide.runIn(hideMs);
        frame.addWindowListener(stayInFront);
    }

    JFrame frame() {
        return frame;
    }

    void show() {
        if (device != null) {
            // Fullscreen as window managers know it: above panels, and neither movable nor resizable.
            device.setFullScreenWindow(frame);
        } else {
            frame.setVisible(true);
            frame.toFront();
        }
    }

    void dispose() {
        frame.removeWindowListener(stayInFront);
        if (device != null && device.getFullScreenWindow() == frame) {
            device.setFullScreenWindow(null);
        }
        if (altF4 != null) {
            KeyboardFocusManager.getCurrentKeyboardFocusManager().removeKeyEventDispatcher(altF4);
        }
        if (cursorWake != null) {
            Toolkit.getDefaultToolkit().removeAWTEventListener(cursorWake);
            cursorHide.stop();
        }
        frame.dispose();
    }
}
