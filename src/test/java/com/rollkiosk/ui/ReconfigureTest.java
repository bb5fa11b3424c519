package com.rollkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.config.KioskConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Settings saved in staff mode reach the screens without a restart: routines shown, and the start language. */
class ReconfigureTest {

    private final Fixture fixture = new Fixture(e -> { });
    private final Kiosk kiosk = fixture.kiosk();

    @Test
    void aHiddenRoutineLeavesTheRoutineScreenAtOnce() {
        RoutinePresenter routines = new RoutinePresenter(kiosk);
        String first = Fixture.CONTENT.routines().get(0).id();
        assertThat(routines.model().routines()).extracting(RoutinePresenter.Tile::id).contains("routine:" + first);
        kiosk.reconfigure(KioskConfig.defaults().with(null, null, null, "en", List.of(first)));
        assertThat(routines.model().routines()).extracting(RoutinePresenter.Tile::id)
                .doesNotContain("routine:" + first).isNotEmpty();
        assertThat(routines.firstTile()).isNotEqualTo("routine:" + first);
    }

    @Test
    void aNewStartLanguageIsShownFromTheNextIdleScreen() {
        kiosk.reconfigure(KioskConfig.defaults().with(null, null, null, "de", List.of()));
        fixture.flow.askStaffPin();
        fixture.flow.leaveStaff();
        kiosk.follow();
        assertThat(kiosk.content().language()).isEqualTo("de");
    }
}
