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
}
