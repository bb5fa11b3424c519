package com.rollkiosk.ui;

import com.rollkiosk.domain.Clock;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import java.awt.BorderLayout;
import java.awt.EventQueue;
import java.awt.FlowLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;

/** The idle screen: one region card at a time, and a large "Tap to start"; a tap anywhere starts. */
public final class AttractScreen extends JPanel implements AttractPresenter.View, ScreenView {

    static final String START = "start";

    private final Widgets w;
    private final Illustrations illustrations;
    private final FadeIn card;
    private final JLabel illustration = new JLabel();
    private final JPanel tagline;
    private final JPanel words;
    private final int wordsWidth;
    private final JLabel dots;
    private final JButton start;
    private final JPanel languages;
    private final AttractPresenter presenter;

    public AttractScreen(Widgets w, AttractPresenter presenter, Illustrations illustrations, Clock clock,
                         Scheduler scheduler) {
        super(new BorderLayout(0, w.theme().gapLarge()));
        this.w = w;
        this.illustrations = illustrations;
        this.presenter = presenter;
        Theme t = w.theme();
        setOpaque(false);
        setBorder(javax.swing.BorderFactory.createEmptyBorder(t.margin(), t.margin() * 2, t.margin(), t.margin() * 2));

        tagline = w.panel(new BorderLayout());
        add(tagline, BorderLayout.NORTH);

        dots = w.label("", t.body(), Theme.MUTED);
        words = w.column();
        wordsWidth = t.width() - 4 * t.margin() - t.px(600) - 2 * t.gapLarge() - t.gap();
        card = new FadeIn(new BorderLayout(t.gapLarge() * 2, 0), clock, scheduler, t.px(60));
        illustration.setPreferredSize(new java.awt.Dimension(t.px(600), t.px(520)));
        card.add(illustration, BorderLayout.WEST);
        JPanel middle = w.panel(new java.awt.GridBagLayout());
        middle.add(words);
        card.add(middle, BorderLayout.CENTER);
        add(card, BorderLayout.CENTER);

        start = w.primary(START, presenter::start);
        start.setPreferredSize(new java.awt.Dimension(t.px(640), Math.max(t.primaryHeight(), t.px(170))));
        JPanel bottom = w.panel(new FlowLayout(FlowLayout.CENTER, t.gapLarge(), 0));
        languages = w.panel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        bottom.add(languages);
        bottom.add(start);
        add(bottom, BorderLayout.SOUTH);

        addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                presenter.start();
            }
        });
    }

    @Override
    public void showCard(AttractPresenter.Model m) {
        assert EventQueue.isDispatchThread();
        Theme t = w.theme();
        tagline.removeAll();
        WrapText headline = new WrapText(m.tagline(), t.heading(), Theme.ACCENT, t.width() - 4 * t.margin());
        headline.setName("tagline");
        tagline.add(headline);
        start.setText(m.start());
        dots.setText(dots(m.index(), m.count()));
        words.removeAll();
        WrapText name = new WrapText(m.regionName(), t.display(), Theme.TEXT, wordsWidth);
        name.setName("region-name");
        WrapText teaser = new WrapText(m.teaser(), t.action(), Theme.MUTED, wordsWidth);
        teaser.setName("teaser");
        words.add(name);
        words.add(javax.swing.Box.createVerticalStrut(t.gap()));
        words.add(teaser);
        words.add(javax.swing.Box.createVerticalStrut(t.gapLarge()));
        words.add(dots);
        words.revalidate();
        showLanguages(m.languages());
        illustration.setIcon(illustrations.icon(m.regionId(), w.theme().px(600), w.theme().px(520)).orElse(null));
        card.restart();
    }

    /** The language button: each language in its own name, "English · Deutsch", the one on show ticked. */
    private void showLanguages(java.util.List<AttractPresenter.Language> choices) {
        languages.removeAll();
        for (int i = 0; i < choices.size(); i++) {
            AttractPresenter.Language l = choices.get(i);
            if (i > 0) {
                languages.add(w.label(" \u00B7 ", w.theme().bodyBold(), Theme.MUTED));
            }
            JButton b = w.option("language:" + l.code(), () -> presenter.chooseLanguage(l.code()), l.current());
            b.setText(l.current() ? "\u2713 " + l.name() : l.name());
            languages.add(b);
        }
        languages.setVisible(!choices.isEmpty());
        languages.revalidate();
    }

    private static String dots(int index, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(i == index ? '\u25CF' : '\u25CB').append(i + 1 < count ? "  " : "");
        }
        return s.toString();
    }

    /** True while the card transition animates; it stops between cards. */
    public boolean isAnimating() {
        return card.isAnimating();
    }

    @Override
    public JComponent component() {
        return this;
    }

    @Override
    public JComponent firstFocus() {
        return start;
    }
}
