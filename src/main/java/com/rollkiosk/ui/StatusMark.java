package com.rollkiosk.ui;

import com.rollkiosk.domain.SensorStatus;
import java.awt.EventQueue;

/** The small corner mark for the sensor: an icon glyph and words, so it reads without colour. */
public final class StatusMark {

    private final Pill pill;
    private SensorStatus state = SensorStatus.NONE;

    public StatusMark() {
        pill = new Pill("", null, Theme.SURFACE, Theme.MUTED, 0, 0);
        pill.setName("sensor-status");
        set(SensorStatus.NONE);
    }

    Pill component() {
        return pill;
    }

    void setTheme(Theme theme) {
        pill.setFont(theme.small());
        int v = theme.px(6);
        int h = theme.px(18);
        pill.setBorder(javax.swing.BorderFactory.createEmptyBorder(v, h, v, h));
    }

    public void set(SensorStatus state) {
        assert EventQueue.isDispatchThread();
        this.state = state;
        switch (state) {
            case CONNECTED -> show("\u2713 Sensor on", Theme.MUTED);
            case UNREADABLE -> show("\u26A0 Sensor: readings not understood", Theme.ACCENT);
            case RECONNECTING -> show("\u21BB Sensor reconnecting", Theme.ACCENT);
            case NONE -> show("\u261D Touch mode", Theme.MUTED);
        }
    }

    public SensorStatus state() {
        return state;
    }

    private void show(String text, java.awt.Color colour) {
        pill.setText(text);
        pill.setForeground(colour);
        pill.setSize(pill.getPreferredSize());
    }
}
