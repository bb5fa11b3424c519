package com.rollkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.domain.RollerState;
import com.rollkiosk.domain.Screen;
import com.rollkiosk.domain.SensorStatus;
import com.rollkiosk.domain.Steadiness;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hold screen with a sensor: the gauge in place of Start, and coaching for each steadiness. */
class CoachingWindowTest {

    // The fixture's light hold lasts 3 s: the steps below stay inside it.

    /** A roller with a person on it at {@code level} of their usual load, contact band 20-40 %. */
    private static RollerState onTheRoller(double level, Steadiness steadiness) {
        return new RollerState(RollerState.Source.AUTOMATIC, false, 640, 18, 2, level * 620, 0.4 * 620, 0.2 * 620,
                620, true, steadiness, false, false);
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1920, 1080", "1280, 800"})
    void eachSteadinessShowsItsCoachingAndTheGaugeShowsThePressure(int width, int height) throws Exception {
        try (KioskWindowHarness k = new KioskWindowHarness(width, height)) {
            AtomicReference<RollerState> roller = new AtomicReference<>(RollerState.none(RollerState.Source.AUTOMATIC));
            k.run(() -> {
                k.ui.rollerState(roller::get);
                k.ui.sensorStatus(SensorStatus.CONNECTED);
            });
            k.run(() -> k.ui.pressure(true));
            k.run(() -> k.ui.pressure(false));
            k.touch(ContraindicationsScreen.NONE_APPLY);
            k.touch("region:hamstrings");
            k.touch("minimal");
            var guide = Fixture.CONTENT.guide();
            assertThat(k.onEdt(k::texts)).as("Start stays for a sensor that cannot see the person")
                    .contains(guide.hold().countsOnContact(), guide.hold().onSensor().forPosition("sitting"), guide.hold().start());
            k.screenshot("hold-sensor-waiting");

            roller.set(onTheRoller(0.95, Steadiness.STEADY));
            k.run(() -> k.ui.pressure(true));
            k.run(() -> k.ui.steadiness(Steadiness.STEADY));
            k.advanceMillis(500);
            assertThat(k.onEdt(k::texts)).contains(guide.hold().coachSteady());
            k.screenshot("hold-coaching-steady");
            HoldScreen hold = k.onEdt(() -> (HoldScreen) k.ui.view(Screen.HOLD));
            assertThat(k.onEdt(() -> hold.gauge().shown())).satisfies(g -> {
                assertThat(g.contact()).isTrue();
                assertThat(g.level()).isEqualTo(0.95);
                assertThat(g.onMark()).isEqualTo(0.4);
            });

            roller.set(onTheRoller(1.2, Steadiness.ROLLING));
            k.run(() -> k.ui.steadiness(Steadiness.ROLLING));
            k.advanceMillis(500);
            assertThat(k.onEdt(k::texts)).contains(guide.hold().coachRolling()).doesNotContain(guide.hold().coachSteady());
            k.screenshot("hold-coaching-rolling");

            roller.set(onTheRoller(0.7, Steadiness.SHIFTING));
            k.run(() -> k.ui.steadiness(Steadiness.SHIFTING));
            k.advanceMillis(500);
            assertThat(k.onEdt(k::texts)).as("shifting neither praises nor scolds")
                    .doesNotContain(guide.hold().coachRolling(), guide.hold().coachSteady());
            k.screenshot("hold-coaching-shifting");
        }
    }
}
