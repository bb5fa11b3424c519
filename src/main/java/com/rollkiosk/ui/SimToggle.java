package com.rollkiosk.ui;

import javax.swing.JToggleButton;
import java.awt.Dimension;
import java.util.function.Consumer;

/** The development run's stand-in for a person on the roller: one toggle, On or Off, in words. */
public final class SimToggle extends JToggleButton {

    static final String OFF = "Simulated roller: Off";
    static final String ON = "Simulated roller: On";

    public SimToggle(Theme theme, Consumer<Boolean> contact) {
        super(OFF);
        setName("sim-roller");
        setFont(theme.small());
        setFocusable(false);
        addActionListener(e -> {
            setText(isSelected() ? ON : OFF);
            contact.accept(isSelected());
        });
        Dimension d = getPreferredSize();
        setPreferredSize(new Dimension(d.width + theme.gap(), Math.max(Theme.MIN_TARGET, d.height)));
    }
}
