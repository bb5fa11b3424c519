package com.rollkiosk.ui;

import com.rollkiosk.content.Routine;
import com.rollkiosk.domain.HoldTimer;
import com.rollkiosk.domain.KioskEvent;
import com.rollkiosk.domain.Screen;
import com.rollkiosk.domain.SensorStatus;
import org.junit.jupiter.api.Test;

import java.util.Comparator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The longest routine from the idle screen to its finished screen in a real window, counting the
 * taps a runner makes: by touch, and with the roller (a fake sensor: contact on and off as a
 * person gets on and off). Every tap is a robot click; time is the fake clock's.
 */
class WholeRoutineTapsWindowTest {

    private static final Routine FULL = Fixture.CONTENT.routines().stream()
            .max(Comparator.comparingInt(r -> r.regions().size())).orElseThrow();
    private static final int STEPS_LIMIT = 2_000;

    /** The taps before the first hold: "Tap to start", the safety list, the routine, the intensity. */
    private static void toFirstHold(KioskWindowHarness k) throws Exception {
        k.touch(AttractScreen.START);
        k.touch(ContraindicationsScreen.NONE_APPLY);
        k.touch("routine:" + FULL.id());
        k.touch("maximal");
        assertThat(k.screen()).isEqualTo(Screen.HOLD);
    }

    @Test
    void byTouchTheWholeRoutineTakesTheFourTapsToStartAndNoMore() throws Exception {
        try (KioskWindowHarness k = new KioskWindowHarness(1920, 1080)) {
            toFirstHold(k);
            for (int i = 0; i < STEPS_LIMIT && k.screen() != Screen.FINISHED; i++) {
                k.advanceMillis(500);
            }
            int holds = finishedEveryHold(k);
            System.out.printf("taps for the whole routine \"%s\" (%d areas, %d holds) by touch: %d%n",
                    FULL.id(), FULL.regions().size(), holds, k.touches());
            assertThat(k.touches()).as("at most one tap per area").isLessThanOrEqualTo(FULL.regions().size())
                    .isEqualTo(4);
        }
    }

    @Test
    void withTheRollerGettingOnStartsEachHoldAndNothingNeedsATap() throws Exception {
        try (KioskWindowHarness k = new KioskWindowHarness(1920, 1080)) {
            k.run(() -> k.ui.sensorStatus(SensorStatus.CONNECTED));
            toFirstHold(k);
            for (int i = 0; i < STEPS_LIMIT && k.screen() != Screen.FINISHED; i++) {
                // The person lies down when a hold waits, stays for it, and gets off when it is done.
                boolean waiting = k.onEdt(() -> k.ui.showing() == Screen.HOLD
                        && k.fixture.flow.session().timer().state() == HoldTimer.State.READY);
                if (waiting) {
                    k.run(() -> k.ui.pressure(true));
                }
                k.advanceMillis(500);
                if (k.screen() == Screen.SWITCH_SIDE) {
                    k.run(() -> k.ui.pressure(false));
                }
            }
            int holds = finishedEveryHold(k);
            System.out.printf("taps for the whole routine \"%s\" (%d areas, %d holds) with the roller: %d%n",
                    FULL.id(), FULL.regions().size(), holds, k.touches());
            assertThat(k.touches()).isEqualTo(4);
        }
    }

    private static int finishedEveryHold(KioskWindowHarness k) throws Exception {
        assertThat(k.screen()).isEqualTo(Screen.FINISHED);
        var ended = k.events().stream().filter(e -> e instanceof KioskEvent.SessionEnded)
                .map(e -> (KioskEvent.SessionEnded) e).toList();
        assertThat(ended).hasSize(1);
        assertThat(ended.get(0).outcome()).isEqualTo(KioskEvent.Outcome.FINISHED);
        assertThat(ended.get(0).completedSteps()).isEqualTo(ended.get(0).totalSteps()).isGreaterThan(FULL.regions().size());
        return ended.get(0).completedSteps();
    }
}
