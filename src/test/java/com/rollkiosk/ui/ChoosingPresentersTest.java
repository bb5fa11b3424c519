package com.rollkiosk.ui;

import com.rollkiosk.domain.Intensity;
import com.rollkiosk.domain.RoutinePlan;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the choosing and finishing screens say, from the content and the flow. */
class ChoosingPresentersTest {

    private final Fixture f = new Fixture(e -> { });

    @Test
    void aRegionTileIsASingleRegionRoutineWithItsSides() {
        RoutinePlan plan = new RoutinePresenter(f.kiosk()).plan("region:upper-back");
        assertThat(plan.routineId()).isEqualTo("single-upper-back");
        assertThat(plan.entries()).containsExactly(new RoutinePlan.Entry("upper-back", false));
        assertThat(new RoutinePresenter(f.kiosk()).plan("region:calves").steps()).hasSize(2);
    }

    @Test
    void theRoutineScreenOffersEveryRoutineAndOneTilePerRegion() {
        RoutinePresenter.Model[] shown = new RoutinePresenter.Model[1];
        RoutinePresenter p = new RoutinePresenter(f.kiosk());
        p.attach(m -> shown[0] = m);
        p.render();
        assertThat(shown[0].routines()).hasSize(Fixture.CONTENT.routines().size());
        assertThat(shown[0].regions()).hasSize(Fixture.CONTENT.regions().size());
    }

    @Test
    void intensityTextsHaveTheConfiguredSecondsFilledIn() {
        IntensityPresenter.Model[] shown = new IntensityPresenter.Model[1];
        IntensityPresenter p = new IntensityPresenter(f.kiosk());
        p.attach(m -> shown[0] = m);
        p.render();
        assertThat(shown[0].maximal().description()).contains("2 seconds").doesNotContain("{seconds}");
        assertThat(shown[0].minimal().description()).contains("3 seconds");
    }

    @Test
    void theIntensityChoiceExplainsTheMethod() {
        IntensityPresenter.Model[] shown = new IntensityPresenter.Model[1];
        IntensityPresenter p = new IntensityPresenter(f.kiosk());
        p.attach(m -> shown[0] = m);
        p.render();
        assertThat(shown[0].method()).isEqualTo(Fixture.CONTENT.guide().intensity().method()).isNotEmpty();
    }

    @Test
    void byTouchChoosingTheIntensityIsAlsoPressingStart() {
        f.flow.start();
        f.flow.noneApply();
        f.flow.chooseRoutine(new RoutinePresenter(f.kiosk()).plan("region:calves"));
        new IntensityPresenter(f.kiosk()).choose(Intensity.MAXIMAL);
        assertThat(f.flow.session().timer().state()).isEqualTo(com.rollkiosk.domain.HoldTimer.State.GET_READY);
    }

    @Test
    void withASensorChoosingTheIntensityWaitsForTheRoller() {
        f.flow.sensorStatus(com.rollkiosk.domain.SensorStatus.CONNECTED);
        f.flow.start();
        f.flow.noneApply();
        f.flow.chooseRoutine(new RoutinePresenter(f.kiosk()).plan("region:calves"));
        new IntensityPresenter(f.kiosk()).choose(Intensity.MAXIMAL);
        assertThat(f.flow.session().timer().state()).isEqualTo(com.rollkiosk.domain.HoldTimer.State.READY);
    }

    @Test
    void finishedListsEachRegionWithTheSidesActuallyHeld() {
        f.flow.start();
        f.flow.noneApply();
        f.flow.chooseRoutine(new RoutinePresenter(f.kiosk()).plan("routine:lower-leg"));
        f.flow.chooseIntensity(Intensity.MAXIMAL);
        f.flow.pressure(true);
        f.clock.advanceMillis(2_000);
        f.flow.tick();
        f.flow.skip();
        f.flow.endRoutine();
        FinishedPresenter.Model[] shown = new FinishedPresenter.Model[1];
        FinishedPresenter p = new FinishedPresenter(f.kiosk());
        p.attach(m -> shown[0] = m);
        p.render();
        assertThat(shown[0].done()).containsExactly("Calves: left");
        assertThat(shown[0].summary()).isEqualTo("1 of 4 holds");
        assertThat(Fixture.CONTENT.guide().finished().words()).contains(shown[0].kindWord());
    }

    @Test
    void aPresenterTellsItsViewOnlyWhenWhatItShowsChanged() {
        int[] shows = new int[1];
        AttractPresenter p = new AttractPresenter(f.kiosk());
        p.attach(m -> shows[0]++);
        p.render();
        p.render();
        f.clock.advanceMillis(1_000);
        f.flow.tick();
        p.render();
        assertThat(shows[0]).isEqualTo(1);
        f.clock.advanceMillis(7_000);
        f.flow.tick();
        p.render();
        assertThat(shows[0]).isEqualTo(2);
    }
}
