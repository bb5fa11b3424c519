package com.rollkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text wraps within its width in any language: long compounds break rather than run off a tile. */
class WrapTextTest {

    private static final FontMetrics FM = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
            .getFontMetrics(new Font(Theme.FONT_FAMILY, Font.BOLD, 32));

    @Test
    void wordsWrapAtSpaces() {
        assertThat(WrapText.wrap("Find a tender spot and hold still on it.", FM, 300))
                .allSatisfy(line -> assertThat(FM.stringWidth(line)).isLessThanOrEqualTo(300))
                .hasSizeGreaterThan(1);
    }

    @Test
    void aHyphenatedWordBreaksAfterItsHyphen() {
        int width = FM.stringWidth("Ganze Läufer-");
        assertThat(WrapText.wrap("Ganze Läufer-Routine", FM, width)).containsExactly("Ganze Läufer-", "Routine");
    }

    @Test
    void aShortPrefixKeepsItsHyphenedWordWhole() {
        int width = FM.stringWidth("Hüfte und IT-");
        assertThat(WrapText.wrap("Hüfte und IT-Band", FM, width)).containsExactly("Hüfte und", "IT-Band");
    }

    @Test
    void aWordWiderThanTheLineIsSplitWithAHyphenNeverCut() {
        int width = FM.stringWidth("Wadenbein");
        List<String> lines = WrapText.wrap("Wadenbeinmuskeln", FM, width);
        assertThat(lines).hasSizeGreaterThan(1)
                .allSatisfy(line -> assertThat(FM.stringWidth(line)).isLessThanOrEqualTo(width));
        assertThat(String.join("", lines).replace("-", "")).isEqualTo("Wadenbeinmuskeln");
    }

    @Test
    void shortTextStaysOnOneLine() {
        assertThat(WrapText.wrap("Waden", FM, 400)).containsExactly("Waden");
    }

    @Test
    void newWordsAreWrappedAnewAndTheTextAsksForLayoutOnlyWhenItsLinesChange() throws Exception {
        Font font = new Font(Theme.FONT_FAMILY, Font.BOLD, 32);
        Edt.call(() -> {
            // In a window, so that layout is real: a container without a peer never counts as laid out.
            javax.swing.JFrame window = new javax.swing.JFrame();
            javax.swing.JPanel parent = new javax.swing.JPanel(new java.awt.FlowLayout());
            WrapText text = new WrapText("Hold still", font, java.awt.Color.WHITE, 300);
            parent.add(text);
            window.setContentPane(parent);
            window.pack();
            int oneLine = text.getPreferredSize().height;

            text.setText("Paused", java.awt.Color.ORANGE);
            assertThat(text.getText()).isEqualTo("Paused");
            assertThat(text.getForeground()).isEqualTo(java.awt.Color.ORANGE);
            assertThat(parent.isValid()).as("same number of lines: no new layout").isTrue();

            text.setText("Lie on the roller again and find the same tender spot", java.awt.Color.ORANGE);
            assertThat(text.getPreferredSize().height).isGreaterThan(oneLine);
            assertThat(parent.isValid()).as("more lines: a new layout").isFalse();
            window.dispose();
            return null;
        });
    }
}
