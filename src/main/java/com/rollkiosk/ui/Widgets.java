package com.rollkiosk.ui;

import com.formdev.flatlaf.FlatClientProperties;

import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.LayoutManager;
import java.awt.event.ActionEvent;

/** Builds the kiosk's few kinds of widget from the theme, so screens hold no colours or sizes. */
public final class Widgets {

    /**
     * A client property set to {@code true} on a component whose text is the system's, not ours
     * (a port, the sketch's line, a version): shown as it comes, in no language.
     */
    public static final String SYSTEM_TEXT = "rollkiosk.systemText";

    private final Theme theme;

    public Widgets(Theme theme) {
        this.theme = theme;
    }

    public Theme theme() {
        return theme;
    }

    /**
     * The screen's one main action: amber, large, dark text. Buttons are made by name and given
     * their words when the screen is shown, so they follow the language on show; they size to them.
     */
    public JButton primary(String name, Runnable action) {
        return button(name, action, Theme.ACCENT, Theme.ON_BRIGHT, theme.action(), theme.px(620), theme.primaryHeight());
    }

    /** A large alternative to the primary action, same size, quieter colour. */
    public JButton alternative(String name, Runnable action) {
        return button(name, action, Theme.SURFACE_RAISED, Theme.TEXT, theme.action(), theme.px(620),
                theme.primaryHeight());
    }

    /** Back, Skip, End and the like: still a comfortable touch target, visually secondary. */
    public JButton secondary(String name, Runnable action) {
        return button(name, action, Theme.SURFACE, Theme.TEXT, theme.bodyBold(), theme.px(240),
                theme.secondaryHeight());
    }

    /** One of a few choices side by side, e.g. a language: the chosen one raised, in amber. */
    public JButton option(String name, Runnable action, boolean chosen) {
        return button(name, action, chosen ? Theme.SURFACE_RAISED : Theme.SURFACE, chosen ? Theme.ACCENT : Theme.TEXT,
                theme.bodyBold(), theme.px(160), theme.secondaryHeight());
    }

    /** A key of a pad or a stepper's - and +: a fixed size, never below {@link Theme#MIN_TARGET}. */
    public JButton key(String name, Runnable action, int size) {
        return key(name, action, size, size);
    }

    /** A key wider than tall, for a pad whose keys carry a word; the whole key is for the word. */
    public JButton key(String name, Runnable action, int width, int height) {
        int w = Math.max(Theme.MIN_TARGET, width);
        int h = Math.max(Theme.MIN_TARGET, height);
        JButton b = button(name, action, Theme.SURFACE_RAISED, Theme.TEXT, theme.action(), w, h);
        b.putClientProperty(FlatClientProperties.STYLE, b.getClientProperty(FlatClientProperties.STYLE) + "; margin: 0,0,0,0; disabledBackground: " + Theme.hex(Theme.SURFACE));
        b.setPreferredSize(new Dimension(w, h));
        return b;
    }

    /**
     * A big choice tile with a title and an optional line under it, e.g. a routine.
     *
     * @param featured the suggested choice, drawn like a primary action
     */
    public JButton tile(String title, Font titleFont, String line, Font lineFont, Runnable action, int width,
                        int height, boolean featured) {
        Color fill = featured ? Theme.ACCENT : Theme.SURFACE;
        Color fg = featured ? Theme.ON_BRIGHT : Theme.TEXT;
        JButton b = button(title, action, fill, fg, titleFont, width, height);
        b.setLayout(new java.awt.BorderLayout());
        int pad = theme.px(18);
        // Padding through FlatLaf's margin keeps its rounded border and background.
        b.putClientProperty(FlatClientProperties.STYLE, b.getClientProperty(FlatClientProperties.STYLE)
                + "; margin: " + pad + "," + pad + "," + pad + "," + pad);
        java.awt.Insets in = b.getInsets();
        int textWidth = width - in.left - in.right;
        JPanel words = column();
        words.add(new WrapText(title, titleFont, fg, textWidth));
        if (!line.isEmpty()) {
            words.add(javax.swing.Box.createVerticalStrut(theme.gapSmall()));
            words.add(new WrapText(line, lineFont, featured ? Theme.ON_BRIGHT : Theme.MUTED, textWidth));
        }
        b.add(words, java.awt.BorderLayout.NORTH);
        b.getAccessibleContext().setAccessibleName(title);
        b.setPreferredSize(new Dimension(width, Math.max(Math.max(Theme.MIN_TARGET, height),
                words.getPreferredSize().height + in.top + in.bottom)));
        return b;
    }

    public JLabel label(String text, Font font, Color color) {
        JLabel l = new JLabel(text);
        l.setFont(font);
        l.setForeground(color);
        return l;
    }

    /** A transparent panel stacking its children top to bottom, left aligned. */
    public JPanel column() {
        JPanel p = new JPanel();
        p.setLayout(new javax.swing.BoxLayout(p, javax.swing.BoxLayout.Y_AXIS));
        p.setOpaque(false);
        return p;
    }

    public JPanel panel(LayoutManager layout) {
        JPanel p = new JPanel(layout);
        p.setOpaque(false);
        return p;
    }

    /** A button as wide as its words need, at least {@code minWidth}; its text comes later, with {@code setText}. */
    private JButton button(String name, Runnable action, Color fill, Color fg, Font font, int minWidth, int height) {
        JButton b = new JButton() {
            @Override
            public Dimension getPreferredSize() {
                if (isPreferredSizeSet()) {
                    return super.getPreferredSize();
                }
                return new Dimension(Math.max(minWidth, super.getPreferredSize().width + theme.gapLarge()), height);
            }

            // A layout may stretch a button but never squeeze it below the size it was given.
            @Override
            public Dimension getMinimumSize() {
                return getPreferredSize();
            }

            @Override
            public Dimension getMaximumSize() {
                return getPreferredSize();
            }
        };
        b.setFont(font);
        b.setName(name);
        b.putClientProperty(FlatClientProperties.STYLE, "background: " + Theme.hex(fill)
                + "; foreground: " + Theme.hex(fg) + "; borderWidth: 0; focusedBorderColor: " + Theme.hex(Theme.TEXT)
                + "; innerFocusWidth: 3; arc: " + theme.arc());
        b.addActionListener(e -> action.run());
        // Enter activates the focused button as Space does, for staff with a keyboard.
        b.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke("ENTER"), "kiosk.activate");
        b.getActionMap().put("kiosk.activate", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                b.doClick(0);
            }
        });
        return b;
    }
}
