package com.rollkiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedStepTest {

    private final List<String> reported = new ArrayList<>();
    private int recoveries;
    private final RepeatedStep step = new RepeatedStep(e -> reported.add(e.getMessage()), () -> recoveries++);

    private static Runnable failing(String why) {
        return () -> {
            throw new IllegalStateException(why);
        };
    }

    @Test
    void aStepThatKeepsFailingIsReportedAndRecoveredFromOnce() {
        for (int tick = 0; tick < 25; tick++) {
            step.run(failing("broken"));
        }

        assertThat(reported).containsExactly("broken");
        assertThat(recoveries).isEqualTo(1);
    }

    @Test
    void aFailureAfterASuccessIsANewOne() {
        step.run(failing("first"));
        step.run(() -> { });
        step.run(failing("second"));

        assertThat(reported).containsExactly("first", "second");
        assertThat(recoveries).isEqualTo(2);
    }

    @Test
    void stepsThatSucceedAreNeitherReportedNorRecoveredFrom() {
        int[] ran = {0};
        for (int tick = 0; tick < 3; tick++) {
            step.run(() -> ran[0]++);
        }

        assertThat(ran[0]).isEqualTo(3);
        assertThat(reported).isEmpty();
        assertThat(recoveries).isZero();
    }

    @Test
    void aRecoveryThatFailsIsReportedAndDoesNotEscape() {
        RepeatedStep brokenRecovery = new RepeatedStep(e -> reported.add(e.getMessage()), failing("recovery"));

        brokenRecovery.run(failing("step"));
        brokenRecovery.run(failing("step"));

        assertThat(reported).containsExactly("step", "recovery");
    }
}
