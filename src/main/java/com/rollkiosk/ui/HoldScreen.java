package com.rollkiosk.ui;

import com.rollkiosk.domain.HoldTimer;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.FlowLayout;
import java.util.List;
import java.util.Objects;

/**
 * The hold. Left, read from the mat: the step and the intensity, the region and side large, what
 * to do now, the drawing beside the steps, and why this region; Back, Skip and End under them.
 * Right, one column: the ring timer, room for the roller's coaching line and pressure gauge, and
 * Start / Pause.
 */
public final class HoldScreen extends JPanel implements HoldPresenter.View, ScreenView {

    static final String PRIMARY = "primary";
    static final String SKIP = "skip";
    static final String END = "end";

    private final Widgets w;
    private final Illustrations illustrations;
    private final RingTimer ring;
    private final PressureGauge gauge;
    private final JPanel coachingSlot;
    private final JButton primary;
    private final JButton back;
    private final JButton skip;
    private final JButton end;
    private final JPanel left;
    private final int leftWidth;
    private Page shownPage;
    private WrapText prompt;
    private String shownRule;
    private boolean slotFilled;

    public HoldScreen(Widgets w, HoldPresenter presenter, Illustrations illustrations, Scheduler scheduler) {
        super(new BorderLayout(w.theme().gapLarge(), 0));
        this.w = w;
        this.illustrations = illustrations;
        Theme t = w.theme();
        setOpaque(false);
        setFocusable(true);
        int m = t.px(32);
        setBorder(BorderFactory.createEmptyBorder(m, t.margin(), m, t.margin()));

        ring = new RingTimer(t, scheduler, presenter::ring);
        primary = w.primary(PRIMARY, presenter::primary);
        primary.setPreferredSize(new Dimension(t.ringDiameter(), t.primaryHeight()));
        // With a sensor the gauge and the counting rule show too; Start stays, for a sensor that cannot see the person.
        gauge = new PressureGauge(t, scheduler, presenter.pressureLabel(), presenter::gauge);
        gauge.setMarks(() -> presenter.gaugeMarks().gaugeOn(), () -> presenter.gaugeMarks().gaugeOff());
        coachingSlot = w.panel(new BorderLayout(0, t.gapSmall()));
        coachingSlot.setName("coaching");
        add(rightColumn(t), BorderLayout.EAST);

        leftWidth = t.width() - 2 * t.margin() - t.ringDiameter() - t.gapLarge();
        left = w.column();
        back = w.secondary(Header.BACK, presenter::back);
        skip = w.secondary(SKIP, presenter::skip);
        end = w.secondary(END, presenter::end);
        JPanel bottom = w.panel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        bottom.add(back);
        bottom.add(Box.createHorizontalStrut(t.gap()));
        bottom.add(skip);
        bottom.add(Box.createHorizontalStrut(t.gap()));
        bottom.add(end);
        JPanel leftCell = w.panel(new BorderLayout(0, t.gap()));
        leftCell.add(left, BorderLayout.NORTH);
        leftCell.add(bottom, BorderLayout.SOUTH);
        add(leftCell, BorderLayout.CENTER);
        // By touch the whole screen is the big button: a runner on the floor reaches any of it.
        addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mouseReleased(java.awt.event.MouseEvent e) {
                if (contains(e.getPoint())) {
                    presenter.screenTapped();
                }
            }
        });
    }

    /**
     * The ring, then the coaching slot, then the primary button, top to bottom. With a sensor the
     * slot holds the pressure gauge and the counting rule (the coaching words are the prompt, on
     * the left); by touch it stays empty, so the column is as tall either way.
     */
    private JPanel rightColumn(Theme t) {
        JPanel right = w.column();
        ring.setAlignmentX(CENTER_ALIGNMENT);
        right.add(ring);
        right.add(Box.createVerticalStrut(t.gap()));
        Dimension slot = new Dimension(t.ringDiameter(), t.coachingHeight());
        coachingSlot.setPreferredSize(slot);
        coachingSlot.setMaximumSize(slot);
        coachingSlot.setAlignmentX(CENTER_ALIGNMENT);
        right.add(coachingSlot);
        right.add(Box.createVerticalStrut(t.gap()));
        primary.setAlignmentX(CENTER_ALIGNMENT);
        right.add(primary);
        right.add(Box.createVerticalGlue());
        return right;
    }

    /** What the left column shows besides the prompt: the step, the region, how and why. */
    private record Page(String stepLine, String regionId, String regionName, String sideLabel, List<String> steps,
                        String whyLabel, String why) {
    }

    @Override
    public void showHold(HoldPresenter.Model m) {
        assert EventQueue.isDispatchThread();
        // A contact, a pause or a coaching change alters only the prompt: the rest of the column stays
        // as it is and is not repainted, so the event is on screen within a frame.
        Page page = new Page(m.stepLabel() + "  \u00B7  " + m.intensity(), m.regionId(), m.regionName(),
                m.sideLabel(), m.steps(), m.whyLabel(), m.why());
        boolean layout = false;
        if (!page.equals(shownPage)) {
            buildPage(page, m);
            shownPage = page;
            layout = true;
        } else {
            prompt.setText(m.prompt(), promptColour(m));
        }

        primary.setVisible(m.primary() != HoldPresenter.Primary.NONE);
        primary.setText(m.primaryLabel());
        back.setText(m.buttons().back());
        skip.setText(m.buttons().skip());
        end.setText(m.buttons().end());
        if (m.countRule() != null) {
            gauge.setLabel(m.pressureLabel());
        }
        if (!slotFilled || !Objects.equals(m.countRule(), shownRule)) {
            slotFilled = true;
            shownRule = m.countRule();
            fillCoachingSlot(m);
        }
        if (layout) {
            left.revalidate();
            left.repaint();
        }
        // The hold changed (a contact, a pause, the target): the ring shows it now, not at its next poll.
        ring.poll();
    }

    private void buildPage(Page page, HoldPresenter.Model m) {
        Theme t = w.theme();
        left.removeAll();
        WrapText step = new WrapText(page.stepLine(), t.bodyBold(), Theme.MUTED, leftWidth);
        step.setName("step");
        left.add(step);
        left.add(Box.createVerticalStrut(t.gapSmall()));

        left.add(NameRow.of(w, m.regionName(), m.sideLabel(), leftWidth));
        left.add(Box.createVerticalStrut(t.gapSmall()));

        prompt = prompt(m);
        left.add(prompt);
        left.add(Box.createVerticalStrut(t.gap()));
        left.add(how(m));
        left.add(Box.createVerticalStrut(t.gap()));

        WrapText whyLabel = new WrapText(m.whyLabel(), t.bodyBold(), Theme.ACCENT, leftWidth);
        left.add(whyLabel);
        WrapText why = new WrapText(m.why(), t.body(), Theme.TEXT, leftWidth);
        why.setName("why");
        left.add(why);
    }

    private WrapText prompt(HoldPresenter.Model m) {
        WrapText p = new WrapText(m.prompt(), w.theme().title(), promptColour(m), leftWidth);
        p.setName("prompt");
        return p;
    }

    /** With a sensor, the gauge and the counting rule under the ring; by touch, nothing. */
    private void fillCoachingSlot(HoldPresenter.Model m) {
        coachingSlot.removeAll();
        if (m.countRule() != null) {
            coachingSlot.add(gauge, BorderLayout.NORTH);
            WrapText rule = new WrapText(m.countRule(), w.theme().body(), Theme.MUTED, w.theme().ringDiameter());
            rule.setName("count-rule");
            coachingSlot.add(rule, BorderLayout.CENTER);
        }
        coachingSlot.revalidate();
        coachingSlot.repaint();
    }

    /** The drawing with the numbered steps beside it. */
    private JPanel how(HoldPresenter.Model m) {
        Theme t = w.theme();
        JPanel how = w.panel(new BorderLayout(t.gap(), 0));
        how.setAlignmentX(LEFT_ALIGNMENT);
        int art = t.illustrationSize();
        JLabel drawing = new JLabel(illustrations.icon(m.regionId(), art, art * 3 / 4).orElse(null));
        drawing.setPreferredSize(new Dimension(art, art * 3 / 4));
        drawing.setVerticalAlignment(JLabel.TOP);
        how.add(drawing, BorderLayout.WEST);
        JPanel steps = w.column();
        steps.setName("steps");
        int stepWidth = leftWidth - art - t.gap();
        for (int i = 0; i < m.steps().size(); i++) {
            steps.add(new WrapText((i + 1) + ".  " + m.steps().get(i), t.body(), Theme.TEXT, stepWidth));
            steps.add(Box.createVerticalStrut(t.gapSmall() / 2));
        }
        how.add(steps, BorderLayout.CENTER);
        how.setMaximumSize(new Dimension(leftWidth, how.getPreferredSize().height));
        return how;
    }

    /** Praise in green, a correction in amber (never red: rolling is not an error), a pause in amber. */
    private static java.awt.Color promptColour(HoldPresenter.Model m) {
        return switch (m.coaching()) {
            case STEADY -> Theme.GO;
            case ROLLING -> Theme.ACCENT;
            case NONE -> m.state() == HoldTimer.State.PAUSED ? Theme.ACCENT : Theme.TEXT;
        };
    }

    public RingTimer ring() {
        return ring;
    }

    public PressureGauge gauge() {
        return gauge;
    }

    @Override
    public JComponent component() {
        return this;
    }

    /** Start or Pause; with the sensor driving there is none, and Enter must not go back, so the screen itself. */
    @Override
    public JComponent firstFocus() {
        return primary.isVisible() ? primary : this;
    }
}
