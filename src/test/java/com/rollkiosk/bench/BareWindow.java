package com.rollkiosk.bench;

import com.formdev.flatlaf.FlatDarkLaf;
import java.awt.Graphics;
import java.awt.GraphicsEnvironment;
import java.lang.management.ManagementFactory;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;

/**
 * The cold-start baseline: the least a FlatLaf kiosk could do, an empty undecorated window
 * filling the screen. Prints the JVM's uptime at its first paint, the same clock the kiosk's
 * {@code first_frame} uses, and exits.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        SwingUtilities.invokeLater(() -> {
            FlatDarkLaf.setup();
            JFrame frame = new JFrame("bare");
            frame.setUndecorated(true);
            frame.setContentPane(new JPanel() {
                @Override
                public void paint(Graphics g) {
                    super.paint(g);
                    Bench.hand("first_frame", ManagementFactory.getRuntimeMXBean().getUptime());
                    System.exit(0);
                }
            });
            frame.setBounds(GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                    .getDefaultConfiguration().getBounds());
            frame.setVisible(true);
        });
    }
}
