package com.rollkiosk.ui;

import com.rollkiosk.content.Guide;
import com.rollkiosk.domain.KioskEvent;
import com.rollkiosk.domain.Screen;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A routine driven by the roller sensor: holds start and complete hands-free; Start is still there for touch. */
class SensorFlowWindowTest {

    private static final Guide WORDS = Fixture.CONTENT.guide();

    @Test
    void withASensorTheHoldRunsWhileOnPausesWhenOffAndCompletesHandsFree() throws Exception {
        try (KioskWindowHarness k = new KioskWindowHarness(1920, 1080)) {
            k.run(() -> k.ui.sensorStatus(com.rollkiosk.domain.SensorStatus.CONNECTED));
            assertThat(k.onEdt(k::texts)).contains(WORDS.sensor().connected());

            k.run(() -> k.ui.pressure(true));
            assertThat(k.screen()).as("a press invites the person in, but to the safety check")
                    .isEqualTo(Screen.CONTRAINDICATIONS);
            k.run(() -> k.ui.pressure(false));
            k.touch(ContraindicationsScreen.NONE_APPLY);
            k.touch("region:calves");
            k.touch("maximal");

            assertThat(k.onEdt(k::texts)).contains(WORDS.hold().onSensor().sitting())
                    .as("touch is never taken away").contains(WORDS.hold().start());
            k.advanceMillis(1_000);
            k.screenshot("hold-sensor");
            k.run(() -> k.ui.pressure(true));
            k.advanceMillis(1_000);
            RingTimer ring = k.onEdt(() -> ((HoldScreen) k.ui.view(Screen.HOLD)).ring());
            assertThat(k.onEdt(() -> {
                k.ui.pressure(false);
                return ring.shown().caption();
            })).as("the ring shows the pause with the release, not at its next poll").isEqualTo(WORDS.hold().ring().paused());
            assertThat(k.onEdt(k::texts)).contains(WORDS.hold().paused());
            k.run(() -> k.ui.pressure(true));
            k.advanceMillis(1_000);

            assertThat(k.screen()).isEqualTo(Screen.SWITCH_SIDE);
            k.run(() -> k.ui.pressure(false));
            k.run(() -> k.ui.pressure(true));
            assertThat(k.screen()).as("a fresh press starts the next side").isEqualTo(Screen.HOLD);
            assertThat(k.onEdt(k::texts)).contains(WORDS.sides().right());
            k.advanceMillis(2_000);

            assertThat(k.screen()).isEqualTo(Screen.FINISHED);
            assertThat(k.cues.completions.get()).isEqualTo(2);
            assertThat(k.events()).filteredOn(e -> e instanceof KioskEvent.HoldCompleted).hasSize(2);
        }
    }

    @Test
    void theRingPollsOnlyWhileTheHoldScreenShows() throws Exception {
        try (KioskWindowHarness k = new KioskWindowHarness(1280, 800)) {
            RingTimer ring = k.onEdt(() -> ((HoldScreen) k.ui.view(Screen.HOLD)).ring());
            assertThat(k.onEdt(ring::isPolling)).isFalse();
            k.touch(AttractScreen.START);
            k.touch(ContraindicationsScreen.NONE_APPLY);
            k.touch("region:upper-back");
            k.touch("minimal");
            assertThat(k.onEdt(ring::isPolling)).isTrue();
            k.touch(HoldScreen.END);
            k.touch(EndRoutineScreen.END);
            assertThat(k.screen()).isEqualTo(Screen.FINISHED);
            assertThat(k.onEdt(ring::isPolling)).isFalse();
        }
    }

    @Test
    void idleAttractChangesCardWithTimeAndItsTransitionStops() throws Exception {
        try (KioskWindowHarness k = new KioskWindowHarness(1280, 800)) {
            AttractScreen attract = k.onEdt(() -> (AttractScreen) k.ui.view(Screen.ATTRACT));
            k.advanceMillis(1_000);
            assertThat(k.onEdt(attract::isAnimating)).isFalse();
            k.advanceMillis(7_000);
            assertThat(k.onEdt(k::texts)).contains(Fixture.CONTENT.regions().get(1).name());
            assertThat(k.onEdt(attract::isAnimating)).isTrue();
            k.advanceMillis(1_000);
            assertThat(k.onEdt(attract::isAnimating)).isFalse();
        }
    }
}
