package com.rollkiosk.ui;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import java.awt.BorderLayout;
import java.awt.EventQueue;
import java.awt.GridLayout;

/** The PIN pad: the words and dots on the left, twelve large keys on the right, Cancel under the words. */
public final class PinScreen extends JPanel implements PinPresenter.View, ScreenView {

    static final String KEY = "pin:";
    static final String OK = "pin:ok";
    static final String DELETE = "pin:delete";
    static final String CANCEL = "pin:cancel";

    private final Widgets w;
    private final JPanel words;
    private final JLabel dots;
    private final JButton[] digits = new JButton[10];
    private final JButton ok;
    private final JButton delete;
    private final JButton cancel;
    private final int wordsWidth;

    public PinScreen(Widgets w, PinPresenter presenter) {
        super(new BorderLayout());
        this.w = w;
        Theme t = w.theme();
        setOpaque(false);
        int key = keySize(t);
        int keyWidth = key * 3 / 2;
        JPanel pad = w.panel(new GridLayout(4, 3, t.gapSmall(), t.gapSmall()));
        for (int d = 0; d < 10; d++) {
            int digit = d;
            digits[d] = w.key(KEY + d, () -> presenter.digit(digit), keyWidth, key);
            digits[d].setText(String.valueOf(d));
        }
        delete = w.key(DELETE, presenter::delete, keyWidth, key);
        delete.setFont(t.bodyBold());
        ok = w.key(OK, presenter::ok, keyWidth, key);
        for (int d = 1; d < 10; d++) {
            pad.add(digits[d]);
        }
        pad.add(delete);
        pad.add(digits[0]);
        pad.add(ok);
        cancel = w.secondary(CANCEL, presenter::cancel);
        dots = w.label("", t.heading(), Theme.TEXT);
        dots.setName("pin-dots");
        words = w.column();
        wordsWidth = t.width() - 2 * t.margin() - 3 * keyWidth - 2 * t.gapSmall() - 2 * t.gapLarge();
        JPanel row = w.panel(new java.awt.FlowLayout(java.awt.FlowLayout.CENTER, t.gapLarge(), 0));
        row.add(words);
        row.add(pad);
        add(Centred.screen(w, row), BorderLayout.CENTER);
    }

    /** About 120 px at 1080p; never below the smallest touch target. */
    static int keySize(Theme t) {
        return Math.max(Theme.MIN_TARGET + 16, t.px(120));
    }

    @Override
    public void showPin(PinPresenter.Model m) {
        assert EventQueue.isDispatchThread();
        Theme t = w.theme();
        words.removeAll();
        WrapText title = new WrapText(m.words().title(), t.heading(), Theme.TEXT, wordsWidth);
        title.setName("title");
        words.add(title);
        Centred.gap(words, t.gap());
        words.add(new WrapText(m.words().prompt(), t.body(), Theme.MUTED, wordsWidth));
        Centred.gap(words, t.gap());
        dots.setText(m.dots() == 0 ? " " : "\u25CF ".repeat(m.dots()).trim());
        words.add(dots);
        Centred.gap(words, t.gap());
        if (!m.message().isEmpty()) {
            WrapText message = new WrapText(m.message(), t.bodyBold(), m.warn() ? Theme.WARN : Theme.MUTED, wordsWidth);
            message.setName("pin-message");
            words.add(message);
        }
        if (m.noPin()) {
            Centred.gap(words, t.gapSmall());
            WrapText command = new WrapText(m.words().howToSet(), t.bodyBold(), Theme.ACCENT, wordsWidth);
            command.setName("pin-how-to-set");
            words.add(command);
        }
        Centred.gap(words, t.gapLarge());
        cancel.setText(m.words().cancel());
        cancel.setAlignmentX(LEFT_ALIGNMENT);
        words.add(cancel);
        ok.setText(m.words().ok());
        delete.setText(m.words().delete());
        for (JButton d : digits) {
            d.setEnabled(m.keysOn());
        }
        ok.setEnabled(m.keysOn());
        delete.setEnabled(m.keysOn());
        words.revalidate();
        words.repaint();
    }

    @Override
    public JComponent component() {
        return this;
    }

    @Override
    public JComponent firstFocus() {
        // Disabled keys cannot hold the focus, and the window's keys (Escape) need a focus to act.
        return digits[1].isEnabled() ? digits[1] : cancel;
    }
}
