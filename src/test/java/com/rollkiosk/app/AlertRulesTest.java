package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped alert rules pass {@code promtool check rules}, and its unit tests of every alert pass. */
class AlertRulesTest {

    @TempDir
    Path tmp;

    @Test
    void theRulesAreValid() throws Exception {
        PrometheusTools.require("promtool");
        PrometheusTools.Ran ran = PrometheusTools.run(Path.of("."), "promtool", "check", "rules",
                PrometheusTools.RULES.toString());
        assertThat(ran.exit()).as(ran.output()).isZero();
        assertThat(ran.output()).contains("SUCCESS: 7 rules found");
    }

    @Test
    void everyAlertIsUnitTestedAndTheUnitTestsPass() throws Exception {
        PrometheusTools.require("promtool");
        assertThat(names("(?m)^\\s*alertname: (\\w+)$", PrometheusTools.RULE_TESTS))
                .isEqualTo(names("(?m)^\\s*- alert: (\\w+)$", PrometheusTools.RULES));
        PrometheusTools.Ran ran = PrometheusTools.run(PrometheusTools.RULES.getParent(), "promtool", "test", "rules",
                PrometheusTools.RULE_TESTS.getFileName().toString());
        assertThat(ran.exit()).as(ran.output()).isZero();
        assertThat(ran.output()).contains("SUCCESS");
    }

    @Test
    void theIntegrationTestsShortenedCopyIsValidAndShortensOnlyRollerSeesNobody() throws Exception {
        PrometheusTools.require("promtool");
        String shortened = PrometheusTools.shortenedRules("2m", 20, "3s");
        Path copy = Files.writeString(tmp.resolve("rules.yml"), shortened);
        PrometheusTools.Ran ran = PrometheusTools.run(tmp, "promtool", "check", "rules", copy.toString());
        assertThat(ran.exit()).as(ran.output()).isZero();
        String shipped = Files.readString(PrometheusTools.RULES);
        assertThat(shortened).contains("increase(rollkiosk_holds_completed_total{timed_by=\"touch\"}[2m])", "> 20\n")
                .contains("for: 15m").hasLineCount((int) shipped.lines().count());
    }

    private static Set<String> names(String regex, Path file) throws Exception {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile(regex).matcher(Files.readString(file));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
