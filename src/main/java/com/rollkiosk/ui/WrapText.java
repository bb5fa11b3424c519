package com.rollkiosk.ui;

import javax.swing.JComponent;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.List;

/**
 * Read-only text that wraps at word boundaries within a fixed width and reports the height it
 * needs. Painted by hand rather than with a text area, so it takes no focus, cannot be selected,
 * and lets touches fall through to the tile or screen it sits on.
 */
public final class WrapText extends JComponent {

    private String text;
    private final int wrapWidth;
    private List<String> lines;

    public WrapText(String text, Font font, Color color, int wrapWidth) {
        this.text = text;
        this.wrapWidth = wrapWidth;
        setFont(font);
        setForeground(color);
        setAlignmentX(LEFT_ALIGNMENT);
        this.lines = wrap(text, getFontMetrics(font), wrapWidth);
    }

    public String getText() {
        return text;
    }

    /** The lines as drawn, for tests of where the words break. */
    List<String> lines() {
        return List.copyOf(lines);
    }

    /**
     * Shows other words in another colour. Only this text is repainted; the layout around it is
     * redone only when the words need a different number of lines.
     */
    public void setText(String newText, Color color) {
        if (newText.equals(text) && color.equals(getForeground())) {
            return;
        }
        int linesBefore = lines.size();
        text = newText;
        lines = wrap(newText, getFontMetrics(getFont()), wrapWidth);
        setForeground(color);
        if (lines.size() != linesBefore) {
            revalidate();
        }
        repaint();
    }

    /**
     * Breaks at spaces, and after a hyphen inside a word ("Läufer-Routine"); a word still too wide
     * for a line is split with a hyphen rather than cut off, since long compounds are common in
     * some languages.
     */
    static List<String> wrap(String text, FontMetrics fm, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            for (String piece : pieces(word, fm, width)) {
                String candidate = line.isEmpty() ? piece.strip() : line + piece;
                if (fm.stringWidth(candidate) <= width || line.isEmpty()) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    out.add(line.toString());
                    line.setLength(0);
                    line.append(piece.strip());
                }
            }
        }
        if (!line.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }

    /**
     * A word as the pieces a line may break between: the first with a leading space, later ones
     * after a hyphen; a piece wider than the line is split where it must, with a hyphen.
     */
    private static List<String> pieces(String word, FontMetrics fm, int width) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < word.length() - 1; i++) {
            // Not in a short prefix or ending: "IT-Band" stays whole.
            if (word.charAt(i) == '-' && i - start >= 3 && word.length() - i > 3) {
                pieces.add(word.substring(start, i + 1));
                start = i + 1;
            }
        }
        pieces.add(word.substring(start));
        List<String> out = new ArrayList<>();
        for (String piece : pieces) {
            while (fm.stringWidth(piece) > width && piece.length() > 2) {
                int fits = piece.length() - 1;
                while (fits > 1 && fm.stringWidth(piece.substring(0, fits) + "-") > width) {
                    fits--;
                }
                out.add(piece.substring(0, fits) + "-");
                piece = piece.substring(fits);
            }
            out.add(piece);
        }
        out.set(0, " " + out.get(0));
        return out;
    }

    private int lineHeight() {
        FontMetrics fm = getFontMetrics(getFont());
        return Math.round(fm.getHeight() * 1.05f);
    }

    @Override
    public Dimension getPreferredSize() {
        return new Dimension(wrapWidth, Math.max(1, lines.size()) * lineHeight());
    }

    @Override
    public Dimension getMaximumSize() {
        return getPreferredSize();
    }

    @Override
    public Dimension getMinimumSize() {
        return getPreferredSize();
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setFont(getFont());
        g2.setColor(getForeground());
        FontMetrics fm = g2.getFontMetrics();
        int lh = lineHeight();
        int y = fm.getAscent() + (lh - fm.getHeight()) / 2;
        for (String line : lines) {
            g2.drawString(line, 0, y);
            y += lh;
        }
        g2.dispose();
    }
}
