package com.rollkiosk.ui;

import javax.swing.JComponent;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Sessions and holds per day, drawn in Java2D: sessions above (started and finished side by side),
 * holds below on their own scale, since a session holds many times. Each chart's top value is
 * written at its left, and dates under every seventh day, so numbers read at arm's length.
 */
final class DayChart extends JComponent implements ShownText {

    static final Color STARTED = Theme.MUTED;
    static final Color FINISHED = Theme.ACCENT;
    static final Color HOLDS = Theme.GO;

    private final Theme theme;
    private final List<StaffStatistics.Day> days;
    private final DateTimeFormatter dates;

    DayChart(Theme theme, List<StaffStatistics.Day> days, DateTimeFormatter dates) {
        this.theme = theme;
        this.days = List.copyOf(days);
        this.dates = dates;
        setName("day-chart");
        setOpaque(false);
    }

    /** The dates under the chart, as painted; the scale's numbers are whole counts. */
    @Override
    public List<String> shownTexts() {
        List<String> texts = new java.util.ArrayList<>();
        for (int i = days.size() - 1; i >= 0; i -= 7) {
            texts.add(dates.format(days.get(i).date()));
        }
        return texts;
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(theme.small());
        FontMetrics fm = g.getFontMetrics();
        int axis = fm.stringWidth("00000") + theme.gapSmall();
        int dateRow = fm.getHeight() + theme.gapSmall();
        int gap = theme.gap();
        int chartHeight = (getHeight() - dateRow - gap - theme.gapSmall()) / 2;
        int width = getWidth() - axis;
        if (chartHeight <= 0 || width <= 0) {
            g.dispose();
            return;
        }
        int top = theme.gapSmall();
        bars(g, axis, top, width, chartHeight, List.of(StaffStatistics.Day::started, StaffStatistics.Day::finished),
                List.of(STARTED, FINISHED));
        int second = top + chartHeight + gap;
        bars(g, axis, second, width, chartHeight, List.of(StaffStatistics.Day::holds), List.of(HOLDS));
        g.setColor(Theme.MUTED);
        float slot = width / (float) days.size();
        for (int i = days.size() - 1; i >= 0; i -= 7) {
            String label = dates.format(days.get(i).date());
            int x = axis + Math.round(slot * i + slot / 2) - fm.stringWidth(label) / 2;
            x = Math.max(axis, Math.min(getWidth() - fm.stringWidth(label), x));
            g.drawString(label, x, second + chartHeight + theme.gapSmall() + fm.getAscent());
        }
        g.dispose();
    }

    private void bars(Graphics2D g, int left, int top, int width, int height,
                      List<ToIntFunction<StaffStatistics.Day>> series, List<Color> colours) {
        int max = 1;
        for (StaffStatistics.Day d : days) {
            for (ToIntFunction<StaffStatistics.Day> s : series) {
                max = Math.max(max, s.applyAsInt(d));
            }
        }
        FontMetrics fm = g.getFontMetrics();
        g.setColor(Theme.SURFACE);
        g.fillRoundRect(left, top, width, height, theme.px(12), theme.px(12));
        g.setColor(Theme.MUTED);
        g.setStroke(new BasicStroke(Math.max(1, theme.px(2))));
        g.drawLine(left, top + height, left + width, top + height);
        g.drawString(String.valueOf(max), left - theme.gapSmall() - fm.stringWidth(String.valueOf(max)),
                top + fm.getAscent());
        g.drawString("0", left - theme.gapSmall() - fm.stringWidth("0"), top + height);
        float slot = width / (float) days.size();
        float bar = slot * 0.8f / series.size();
        int inner = height - theme.px(8);
        for (int i = 0; i < days.size(); i++) {
            for (int s = 0; s < series.size(); s++) {
                int value = series.get(s).applyAsInt(days.get(i));
                int h = Math.round(inner * value / (float) max);
                if (value > 0) {
                    h = Math.max(h, theme.px(3));
                }
                g.setColor(colours.get(s));
                g.fillRect(Math.round(left + slot * i + slot * 0.1f + bar * s), top + height - h,
                        Math.max(1, Math.round(bar)), h);
            }
        }
    }
}
