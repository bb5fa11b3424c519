package com.rollkiosk.ui;

import com.rollkiosk.content.Guide;
import com.rollkiosk.domain.SensorStatus;

import java.awt.EventQueue;

/** The small corner mark for the sensor: an icon glyph and words, so it reads without colour. */
public final class StatusMark {

    private final Pill pill;
    private SensorStatus state = SensorStatus.NONE;
    private Guide.SensorMarks words;

    public StatusMark() {
        pill = new Pill("", null, Theme.SURFACE, Theme.MUTED, 0, 0);
        pill.setName("sensor-status");
    }

    Pill component() {
        return pill;
    }

    void setTheme(Theme theme) {
        pill.setFont(theme.small());
        int v = theme.px(6);
        int h = theme.px(18);
        pill.setBorder(javax.swing.BorderFactory.createEmptyBorder(v, h, v, h));
        show();
    }

    /** The marks' words in the language on show. */
    void setWords(Guide.SensorMarks words) {
        this.words = words;
        show();
    }

    public void set(SensorStatus state) {
        assert EventQueue.isDispatchThread();
        this.state = state;
        show();
    }

    public SensorStatus state() {
        return state;
    }

    private void show() {
        if (words == null) {
            return;
        }
        switch (state) {
            case CONNECTED -> show(words.connected(), Theme.MUTED);
            case RECONNECTING -> show(words.reconnecting(), Theme.ACCENT);
            case UNREADABLE -> show(words.unreadable(), Theme.ACCENT);
            case NONE -> show(words.touchMode(), Theme.MUTED);
        }
    }

    private void show(String text, java.awt.Color colour) {
        pill.setText(text);
        pill.setForeground(colour);
        pill.setSize(pill.getPreferredSize());
    }
}
