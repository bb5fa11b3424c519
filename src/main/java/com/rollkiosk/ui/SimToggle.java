package com.rollkiosk.ui;

import com.rollkiosk.content.Guide;

import javax.swing.JToggleButton;
import java.awt.Dimension;
import java.util.function.Consumer;

/**
 * The development run's stand-in for a person on the roller: one toggle, On or Off, in words. It
 * sits in the status strip, as tall as the sensor mark: a desk control for a mouse (and the space
 * bar), never shown to a runner, so it need not be a touch target.
 */
public final class SimToggle extends JToggleButton {

    public SimToggle(Theme theme, Guide.SensorMarks words, Consumer<Boolean> contact) {
        super(words.simulatedOff());
        setName("sim-roller");
        setFont(theme.small());
        setFocusable(false);
        addActionListener(e -> {
            setText(isSelected() ? words.simulatedOn() : words.simulatedOff());
            contact.accept(isSelected());
        });
        Dimension d = getPreferredSize();
        setPreferredSize(new Dimension(d.width + theme.gap(), theme.statusHeight() - 2 * theme.px(5)));
    }
}
