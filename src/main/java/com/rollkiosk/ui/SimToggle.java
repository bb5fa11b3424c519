package com.rollkiosk.ui;

import com.rollkiosk.content.Guide;

import javax.swing.JToggleButton;
import java.awt.Dimension;
import java.util.function.Consumer;

/**
 * The development run's stand-in for a person on the roller: one toggle, On or Off, in words. It
 * sits in the status strip, as tall as the sensor mark: a desk control for a mouse (and the space
 * bar), never shown to a runner, so it need not be a touch target. Its words follow the language
 * on show, like the sensor mark beside it.
 */
public final class SimToggle extends JToggleButton {

    private final Theme theme;
    private Guide.SensorMarks words;

    public SimToggle(Theme theme, Guide.SensorMarks words, Consumer<Boolean> contact) {
        this.theme = theme;
        setName("sim-roller");
        setFont(theme.small());
        setFocusable(false);
        addActionListener(e -> {
            showWords();
            contact.accept(isSelected());
        });
        setWords(words);
    }

    /** The words of the language on show; sized for the longer of On and Off, so a press does not move it. */
    public void setWords(Guide.SensorMarks now) {
        if (now.equals(words)) {
            return;
        }
        words = now;
        setPreferredSize(null);
        setText(now.simulatedOn());
        int on = getPreferredSize().width;
        setText(now.simulatedOff());
        int off = getPreferredSize().width;
        setPreferredSize(new Dimension(Math.max(on, off) + theme.gap(), theme.statusHeight() - 2 * theme.px(5)));
        showWords();
        revalidate();
    }

    private void showWords() {
        setText(isSelected() ? words.simulatedOn() : words.simulatedOff());
    }
}
