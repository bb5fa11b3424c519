package com.rollkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.content.Languages;
import com.rollkiosk.config.KioskConfig;
import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JScrollBar;
import javax.swing.SwingUtilities;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every screen in every state, in every language, at 1920x1080 and 1280x800, with the
 * development run's simulated-roller toggle in the status strip: nothing overlaps, nothing is
 * cut off, nothing needs scrolling, and the type read from the mat and at arm's length is the
 * size it must be. Drawn headless through {@link Screenshots}, as {@code preview} draws them.
 */
class ScreenLayoutTest {

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource({"en, 1920, 1080", "de, 1920, 1080", "en, 1280, 800", "de, 1280, 800"})
    void nothingOverlapsNothingIsCutOffAndNothingScrolls(String language, int width, int height) throws Exception {
        Map<String, List<String>> problems = walk(language, width, height, (name, root) -> {
            List<String> found = new ArrayList<>();
            List<Component> leaves = leaves(root);
            for (Component c : leaves) {
                Rectangle r = SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), root);
                if (!new Rectangle(0, 0, width, height).contains(r)) {
                    found.add(describe(c) + " is off screen at " + r);
                }
                for (Container p = c.getParent(); p != null && p != root; p = p.getParent()) {
                    Rectangle inParent = SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), p);
                    if (!new Rectangle(0, 0, p.getWidth(), p.getHeight()).contains(inParent)) {
                        found.add(describe(c) + " is cut off by its " + p.getClass().getSimpleName());
                        break;
                    }
                }
                if (c.getWidth() < c.getPreferredSize().width && !(c instanceof RingTimer)) {
                    found.add(describe(c) + " is narrower than its words: " + c.getWidth() + " < "
                            + c.getPreferredSize().width);
                }
            }
            for (int i = 0; i < leaves.size(); i++) {
                for (int j = i + 1; j < leaves.size(); j++) {
                    Rectangle a = SwingUtilities.convertRectangle(leaves.get(i).getParent(), leaves.get(i).getBounds(), root);
                    Rectangle b = SwingUtilities.convertRectangle(leaves.get(j).getParent(), leaves.get(j).getBounds(), root);
                    if (a.intersects(b)) {
                        found.add(describe(leaves.get(i)) + " overlaps " + describe(leaves.get(j)));
                    }
                }
            }
            if (!showing(root, JScrollBar.class).isEmpty()) {
                found.add("a scroll bar shows");
            }
            return found;
        });
        assertThat(problems).as("screens with problems").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en", "de"})
    void whatIsReadFromTheMatIsAtLeast32PxAt1080p(String language) throws Exception {
        Map<String, List<String>> small = walk(language, 1920, 1080, (name, root) -> {
            if (!name.startsWith("hold")) {
                return List.of();
            }
            return smallerThan(32, root);
        });
        assertThat(small).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en", "de"})
    void theSafetyListIsNeverBelow24PxAt1080p(String language) throws Exception {
        Map<String, List<String>> small = walk(language, 1920, 1080, (name, root) ->
                name.equals("safety-list") ? smallerThan(24, root) : List.of());
        assertThat(small).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void withARollerTheHoldScreensShowTheGaugeReadingAndNoneWithout() throws Exception {
        Map<String, List<String>> wrong = walk("en", 1920, 1080, (name, root) -> {
            List<PressureGauge> gauges = leaves(root).stream().filter(PressureGauge.class::isInstance)
                    .map(PressureGauge.class::cast).toList();
            boolean coaching = name.startsWith("hold-coaching");
            if (!name.startsWith("hold")) {
                return List.of();
            }
            if (name.equals("hold-sensor-waiting")) {
                return gauges.size() == 1 ? List.of() : List.of("no gauge while waiting for the roller");
            }
            if (!coaching) {
                return gauges.isEmpty() ? List.of() : List.of("a gauge by touch");
            }
            return gauges.size() == 1 && gauges.get(0).shown() != null && gauges.get(0).shown().level() > 0
                    ? List.of() : List.of("the gauge shows no pressure");
        });
        assertThat(wrong).isEmpty();
    }

    private interface Check {
        List<String> at(String name, JComponent root);
    }

    /** Each state's problems by name; only the states that have some. */
    private static Map<String, List<String>> walk(String language, int width, int height, Check check)
            throws Exception {
        Languages languages = Fixture.LANGUAGES.withFirst(language);
        Map<String, List<String>> problems = new TreeMap<>();
        Edt.call(() -> {
            Theme.install();
            SimToggle toggle = new SimToggle(Theme.forSize(width, height), languages.first().guide().sensor(), on -> { });
            java.util.function.BiConsumer<String, JComponent> each = (name, root) -> {
                List<String> found = check.at(name, root);
                if (!found.isEmpty()) {
                    problems.put(name, found);
                }
            };
            Screenshots.walk(languages, KioskConfig.defaults(), Fixture.illustrations(), width, height, toggle, each);
            Screenshots.everyHold(languages, KioskConfig.defaults(), Fixture.illustrations(), width, height, toggle,
                    each);
            return null;
        });
        return problems;
    }

    private static List<String> smallerThan(int px, JComponent root) {
        List<String> found = new ArrayList<>();
        for (Component c : leaves(root)) {
            boolean words = c instanceof WrapText || c instanceof JLabel l && l.getText() != null && !l.getText().isBlank()
                    || c instanceof AbstractButton;
            if (words && !isStatusStrip(c) && c.getFont().getSize() < px) {
                found.add(describe(c) + " is " + c.getFont().getSize() + " px");
            }
        }
        return found;
    }

    private static boolean isStatusStrip(Component c) {
        return "sensor-status".equals(c.getName()) || "sim-roller".equals(c.getName());
    }

    /** What a person sees as one thing: text, a button (with whatever is on it), the ring, a drawing. */
    static List<Component> leaves(Component root) {
        List<Component> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Component c, List<Component> out) {
        if (!c.isVisible() || c instanceof Flash || c.getWidth() == 0 && c.getHeight() == 0) {
            return;
        }
        boolean leaf = c instanceof AbstractButton || c instanceof WrapText || c instanceof RingTimer || c instanceof PressureGauge
                || c instanceof JLabel l && (l.getIcon() != null || l.getText() != null && !l.getText().isEmpty());
        if (leaf) {
            out.add(c);
        } else if (c instanceof Container k && !(c instanceof JScrollBar)) {
            for (Component child : k.getComponents()) {
                collect(child, out);
            }
        }
    }

    private static <T> List<T> showing(Component c, Class<T> type) {
        List<T> out = new ArrayList<>();
        if (c.isVisible() && type.isInstance(c)) {
            out.add(type.cast(c));
        }
        if (c.isVisible() && c instanceof Container k) {
            for (Component child : k.getComponents()) {
                out.addAll(showing(child, type));
            }
        }
        return out;
    }

    private static String describe(Component c) {
        String text = c instanceof WrapText w ? w.getText() : c instanceof AbstractButton b ? b.getText()
                : c instanceof JLabel l ? l.getText() : "";
        return c.getClass().getSimpleName() + (c.getName() == null ? "" : " " + c.getName())
                + (text == null || text.isEmpty() ? "" : " \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text)
                + "\"");
    }
}
