package com.rollkiosk.ui;

import com.rollkiosk.content.Guide;
import com.rollkiosk.content.OutOfOrderWords;
import com.rollkiosk.domain.Clock;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * What the screen shows when the kiosk cannot start: "out of order" for runners, in words built
 * into the jar, and one line for staff naming the problem's file and place. The staff corner
 * (held {@value CornerPress#HOLD_MS} ms, top left) opens a PIN pad when a PIN is set, and
 * nothing when none is; the right PIN shows every problem and a button to try again at once.
 * Everything here runs on the event thread; the PIN is checked on {@code background}.
 */
public final class OutOfOrderScreen extends JPanel {

    static final String TITLE = "out-of-order:title";
    static final String STAFF_LINE = "out-of-order:staff-line";
    static final String PIN_MESSAGE = "out-of-order:pin-message";
    static final String PROBLEMS = "out-of-order:problems";
    static final String RETRY = "out-of-order:retry";
    static final String CLOSE = "out-of-order:close";
    /** Problems listed once the PIN has opened them; the rest are counted. */
    static final int MOST_LISTED = 12;
    /** A PIN pad or problem list left alone goes back to the notice after this long. */
    static final long LEFT_ALONE_MS = 60_000;

    enum Showing { NOTICE, PIN, PROBLEMS }

    private final OutOfOrderWords words;
    private final StaffAccess access;
    private final Clock clock;
    private final Executor background;
    private final UiExecutor ui;
    private final Runnable retryNow;
    private final CornerPress corner;
    private final Ticker cornerDue;
    private final Ticker leftAlone;
    private final char[] typed = new char[PinPresenter.MAX_DIGITS];
    private List<String> problems = List.of();
    private Showing showing = Showing.NOTICE;
    private int length;
    private boolean checking;
    private String pinMessage = "";
    private long blockedUntilMs;

    /**
     * @param access     the staff PIN; with none set the corner opens nothing
     * @param background where the slow PIN check runs; @param ui how its answer comes back
     * @param retryNow   tries to start the kiosk at once, from the problem list
     */
    public OutOfOrderScreen(OutOfOrderWords words, StaffAccess access, Clock clock, Scheduler scheduler,
                            Executor background, UiExecutor ui, Runnable retryNow) {
        super(new BorderLayout());
        this.words = words;
        this.access = access;
        this.clock = clock;
        this.background = background;
        this.ui = ui;
        this.retryNow = retryNow;
        this.corner = new CornerPress(clock);
        this.cornerDue = new Ticker(scheduler, 0, this::cornerHeld);
        this.leftAlone = new Ticker(scheduler, 0, () -> show(Showing.NOTICE));
        setBackground(Theme.BACKGROUND);
        setOpaque(true);
        addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                pressed(e.getX(), e.getY());
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                released();
            }
        });
        addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                rebuild();
            }
        });
    }

    /** The problems that keep the kiosk from starting, as {@code check} prints them; the first is shown to staff. */
    public void setProblems(List<String> lines) {
        assert EventQueue.isDispatchThread();
        problems = List.copyOf(lines);
        rebuild();
    }

    /** Lays the screen out for this size at once, as a window would on showing it; for preview and tests. */
    public void fitTo(Dimension size) {
        setSize(size);
        rebuild();
    }

    Showing showing() {
        return showing;
    }

    /** A finger went down at x, y of the screen. */
    void pressed(int x, int y) {
        boolean inCorner = showing == Showing.NOTICE && CornerPress.inCorner(x, y);
        corner.pressed(inCorner);
        if (inCorner) {
            cornerDue.runIn(corner.msUntilDue());
        }
    }

    void released() {
        corner.released();
        cornerDue.stop();
    }

    private void cornerHeld() {
        if (corner.due()) {
            // No PIN set: nothing opens, so a runner who finds the corner finds nothing.
            if (access.pinSet()) {
                clearTyped();
                pinMessage = "";
                show(Showing.PIN);
            }
        } else if (corner.msUntilDue() != Long.MAX_VALUE) {
            cornerDue.runIn(corner.msUntilDue());
        }
    }

    private void show(Showing next) {
        showing = next;
        if (next == Showing.NOTICE) {
            clearTyped();
            leftAlone.stop();
        } else {
            leftAlone.runIn(LEFT_ALONE_MS);
        }
        rebuild();
    }

    void digit(int d) {
        if (keysOn() && length < typed.length) {
            typed[length++] = (char) ('0' + d);
            pinMessage = "";
        }
        touched();
    }

    void delete() {
        if (keysOn() && length > 0) {
            typed[--length] = 0;
        }
        touched();
    }

    void ok() {
        if (!keysOn() || length == 0) {
            touched();
            return;
        }
        char[] pin = Arrays.copyOf(typed, length);
        clearTyped();
        checking = true;
        pinMessage = words.checking();
        background.execute(() -> {
            StaffAccess.Answer answer;
            try {
                answer = access.check(pin);
            } finally {
                Arrays.fill(pin, '\0');
            }
            ui.execute(() -> answered(answer));
        });
        touched();
    }

    private void answered(StaffAccess.Answer answer) {
        checking = false;
        if (showing != Showing.PIN) {
            return;
        }
        if (answer.outcome() == StaffAccess.Outcome.OPEN) {
            show(Showing.PROBLEMS);
            return;
        }
        if (answer.outcome() == StaffAccess.Outcome.NO_PIN) {
            show(Showing.NOTICE);
            return;
        }
        if (answer.waitMillis() > 0) {
            blockedUntilMs = clock.millis() + answer.waitMillis();
            pinMessage = Guide.fill(words.tryAgain(), "seconds", (answer.waitMillis() + 999) / 1000);
        } else {
            pinMessage = words.wrong();
        }
        touched();
    }

    private void touched() {
        leftAlone.runIn(LEFT_ALONE_MS);
        rebuild();
    }

    private boolean keysOn() {
        return !checking && clock.millis() >= blockedUntilMs;
    }

    private void clearTyped() {
        Arrays.fill(typed, '\0');
        length = 0;
    }

    private void rebuild() {
        if (getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        Widgets w = new Widgets(Theme.forSize(getWidth(), getHeight()));
        removeAll();
        JComponent shown = switch (showing) {
            case NOTICE -> notice(w);
            case PIN -> pad(w);
            case PROBLEMS -> problemList(w);
        };
        add(Centred.screen(w, shown), BorderLayout.CENTER);
        revalidate();
        repaint();
    }

    private JComponent notice(Widgets w) {
        Theme t = w.theme();
        int width = Centred.width(t);
        JPanel column = w.column();
        WrapText title = new WrapText(words.title(), t.display(), Theme.ACCENT, width);
        title.setName(TITLE);
        column.add(title);
        Centred.gap(column, t.gapLarge());
        column.add(new WrapText(words.body(), t.title(), Theme.TEXT, width));
        Centred.gap(column, t.gapLarge() * 2);
        column.add(new WrapText(words.staff(), t.bodyBold(), Theme.MUTED, width));
        Centred.gap(column, t.gapSmall());
        WrapText line = new WrapText(problems.isEmpty() ? "" : problems.get(0), t.small(), Theme.WARN, width);
        line.setName(STAFF_LINE);
        column.add(line);
        Centred.gap(column, t.gapSmall());
        column.add(new WrapText(words.howToFix(), t.small(), Theme.MUTED, width));
        return column;
    }

    private JComponent pad(Widgets w) {
        Theme t = w.theme();
        int key = PinScreen.keySize(t);
        int keyWidth = key * 3 / 2;
        JPanel keys = w.panel(new GridLayout(4, 3, t.gapSmall(), t.gapSmall()));
        for (int d : new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9}) {
            keys.add(digitKey(w, d, keyWidth, key));
        }
        JButton delete = w.key(PinScreen.DELETE, this::delete, keyWidth, key);
        delete.setText(words.delete());
        delete.setFont(t.bodyBold());
        keys.add(delete);
        keys.add(digitKey(w, 0, keyWidth, key));
        JButton ok = w.key(PinScreen.OK, this::ok, keyWidth, key);
        ok.setText(words.ok());
        keys.add(ok);
        delete.setEnabled(keysOn());
        ok.setEnabled(keysOn());

        int wordsWidth = t.width() - 2 * t.margin() - 3 * keyWidth - 2 * t.gapSmall() - 2 * t.gapLarge();
        JPanel column = w.column();
        column.add(new WrapText(words.pinTitle(), t.heading(), Theme.TEXT, wordsWidth));
        Centred.gap(column, t.gap());
        column.add(new WrapText(words.pinPrompt(), t.body(), Theme.MUTED, wordsWidth));
        Centred.gap(column, t.gap());
        JLabel dots = w.label(length == 0 ? " " : "\u25CF ".repeat(length).trim(), t.heading(), Theme.TEXT);
        dots.setName("pin-dots");
        column.add(dots);
        Centred.gap(column, t.gap());
        WrapText message = new WrapText(pinMessage.isEmpty() ? " " : pinMessage, t.bodyBold(), Theme.WARN, wordsWidth);
        message.setName(PIN_MESSAGE);
        column.add(message);
        Centred.gap(column, t.gapLarge());
        JButton cancel = w.secondary(PinScreen.CANCEL, () -> show(Showing.NOTICE));
        cancel.setText(words.cancel());
        cancel.setAlignmentX(LEFT_ALIGNMENT);
        column.add(cancel);
        JPanel row = w.panel(new FlowLayout(FlowLayout.CENTER, t.gapLarge(), 0));
        row.add(column);
        row.add(keys);
        return row;
    }

    private JButton digitKey(Widgets w, int d, int width, int height) {
        JButton b = w.key(PinScreen.KEY + d, () -> digit(d), width, height);
        b.setText(String.valueOf(d));
        b.setEnabled(keysOn());
        return b;
    }

    private JComponent problemList(Widgets w) {
        Theme t = w.theme();
        int width = Centred.width(t);
        JPanel column = w.column();
        column.add(new WrapText(words.problems(), t.heading(), Theme.TEXT, width));
        Centred.gap(column, t.gap());
        JPanel list = w.column();
        list.setName(PROBLEMS);
        for (String line : problems.subList(0, Math.min(MOST_LISTED, problems.size()))) {
            list.add(new WrapText(line, t.small(), Theme.WARN, width));
            Centred.gap(list, t.gapSmall());
        }
        if (problems.size() > MOST_LISTED) {
            list.add(new WrapText("+ " + (problems.size() - MOST_LISTED), t.small(), Theme.MUTED, width));
        }
        column.add(list);
        Centred.gap(column, t.gap());
        column.add(new WrapText(words.howToFix(), t.small(), Theme.MUTED, width));
        Centred.gap(column, t.gapLarge());
        JPanel buttons = w.panel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        buttons.setAlignmentX(LEFT_ALIGNMENT);
        JButton retry = w.primary(RETRY, () -> {
            show(Showing.NOTICE);
            retryNow.run();
        });
        retry.setText(words.retryNow());
        buttons.add(retry);
        buttons.add(javax.swing.Box.createHorizontalStrut(t.gapLarge()));
        JButton close = w.secondary(CLOSE, () -> show(Showing.NOTICE));
        close.setText(words.close());
        buttons.add(close);
        column.add(buttons);
        return column;
    }
}
