package com.rollkiosk.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rollkiosk.domain.Intensity;
import com.rollkiosk.domain.KioskEvent;
import com.rollkiosk.domain.Screen;
import com.rollkiosk.domain.Side;
import com.rollkiosk.domain.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The activity log's names and keys are read from outside: they are a contract. */
class ActivityLogTest {

    @TempDir
    Path data;

    private List<JsonNode> lines() throws Exception {
        ObjectMapper json = new ObjectMapper();
        return Files.readAllLines(data.resolve(ActivityLog.FILE)).stream().map(l -> {
            try {
                return json.readTree(l);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + l, e);
            }
        }).toList();
    }

    @Test
    void everyEventIsOneJsonLineWithTimeAndTheContractedKeys() throws Exception {
        Step calvesLeft = new Step("calves", Side.LEFT);
        try (ActivityLog log = new ActivityLog(data)) {
            log.firstFrame(812);
            log.record(new KioskEvent.ScreenChanged(Screen.ATTRACT, Screen.CHOOSE_ROUTINE));
            log.record(new KioskEvent.AttractCardShown(2, "it-band"));
            log.record(new KioskEvent.SessionStarted("full", Intensity.MAXIMAL, 17));
            log.record(new KioskEvent.HoldStarted(calvesLeft, 30, false));
            log.record(new KioskEvent.HoldPaused(calvesLeft, 1200));
            log.record(new KioskEvent.HoldCompleted(calvesLeft, 30, 87));
            log.record(new KioskEvent.SessionEnded("full", KioskEvent.Outcome.ABANDONED, 1, 17));
            // Read before close: written by the log's own thread, without waiting for close.
            log.awaitWritten();
            List<JsonNode> lines = lines();
            assertThat(lines).extracting(l -> l.get("event").asText()).containsExactly("first_frame", "screen",
                    "attract_card", "session_start", "hold_start", "hold_pause", "hold_complete", "session_end");
            assertThat(lines).allMatch(l -> l.hasNonNull("t"));
            assertThat(lines.get(0).get("ms_since_start").asLong()).isEqualTo(812);
            assertThat(lines.get(1).get("screen").asText()).isEqualTo("choose_routine");
            assertThat(lines.get(2).get("region").asText()).isEqualTo("it-band");
            assertThat(lines.get(3).get("intensity").asText()).isEqualTo("maximal");
            assertThat(lines.get(4).get("side").asText()).isEqualTo("left");
            assertThat(lines.get(4).get("target_s").asInt()).isEqualTo(30);
            assertThat(lines.get(5).get("held_ms").asLong()).isEqualTo(1200);
            assertThat(lines.get(6).get("region").asText()).isEqualTo("calves");
            assertThat(lines.get(6).get("steady_pct").asInt()).isEqualTo(87);
            assertThat(lines.get(7).get("outcome").asText()).isEqualTo("abandoned");
            assertThat(lines.get(7).get("total").asInt()).isEqualTo(17);
        }
    }

    @Test
    void aSessionEndIsOnTheDiskBeforeTheNextLine() throws Exception {
        try (ActivityLog log = new ActivityLog(data)) {
            log.record(new KioskEvent.SessionEnded("full", KioskEvent.Outcome.FINISHED, 17, 17));
            log.awaitWritten();

            assertThat(log.forces()).isEqualTo(1);
            assertThat(log.failing()).isFalse();
            assertThat(log.lostLines()).isZero();
        }
    }
}
