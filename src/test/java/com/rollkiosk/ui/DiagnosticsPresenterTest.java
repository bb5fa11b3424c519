package com.rollkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.content.DiagnosticsWords;
import com.rollkiosk.domain.FakeClock;
import com.rollkiosk.domain.SensorStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Diagnostics worded from the wiring's report, with readings per second counted on a fake clock. */
class DiagnosticsPresenterTest {

    private static final DiagnosticsWords WORDS = Fixture.CONTENT.staff().diagnostics();
    private final FakeClock clock = new FakeClock();
    private DiagnosticsSource.Report report = report(SensorStatus.CONNECTED, null, 0, DiagnosticsSource.Logging.WORKING, null);
    private final DiagnosticsPresenter diagnostics = new DiagnosticsPresenter(() -> report, () -> WORDS,
            () -> Numbers.of("en"), clock);

    static DiagnosticsSource.Report report(SensorStatus status, String example, long samples,
                                           DiagnosticsSource.Logging logging, String logProblem) {
        return new DiagnosticsSource.Report(status, "/dev/ttyACM0", "# rollkiosk-sensor 1 fsr 50Hz", example,
                DiagnosticsSource.LinkProblem.PORT_LOST, 512.0, samples, 3, 1,
                new DiagnosticsSource.Plot(new double[] {-1, 0}, new double[] {500, 512}), "1.4.0",
                ((2L * 24 + 5) * 60 + 7) * 60_000, List.of(
                new DiagnosticsSource.FileInUse("/opt/rollkiosk/config/kiosk.json", DiagnosticsSource.Origin.BESIDE_THE_JAR),
                new DiagnosticsSource.FileInUse("jar:file:/opt/rollkiosk/rollkiosk.jar!/content", DiagnosticsSource.Origin.BUILT_IN),
                new DiagnosticsSource.FileInUse("/home/gym/.rollkiosk", DiagnosticsSource.Origin.PER_USER)),
                3L << 30, logging, logProblem);
    }

    private String row(List<DiagnosticsPresenter.Row> rows, String name) {
        return rows.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().value();
    }

    @Test
    void readingsPerSecondAreCountedBetweenPolls() {
        diagnostics.enter();
        assertThat(row(diagnostics.model().sensor(), "rate")).isEqualTo(WORDS.none());

        report = report(SensorStatus.CONNECTED, null, 50, DiagnosticsSource.Logging.WORKING, null);
        clock.advanceMillis(500);
        diagnostics.poll();

        assertThat(row(diagnostics.model().sensor(), "rate")).isEqualTo("100.0");
    }

    @Test
    void theSensorRowsSayPortSketchStateValueAndCounts() {
        diagnostics.enter();
        var sensor = diagnostics.model().sensor();

        assertThat(row(sensor, "port")).isEqualTo("/dev/ttyACM0");
        assertThat(row(sensor, "info")).isEqualTo("# rollkiosk-sensor 1 fsr 50Hz");
        assertThat(row(sensor, "state")).isEqualTo(WORDS.states().connected());
        assertThat(row(sensor, "value")).isEqualTo("512");
        assertThat(row(sensor, "garbage")).isEqualTo("3");
        assertThat(row(sensor, "reconnects")).isEqualTo("1");
        assertThat(row(sensor, "last-error")).isEqualTo(WORDS.lost().portLost());
        assertThat(diagnostics.model().plot().values()).containsExactly(500, 512);
    }

    @Test
    void aPortTalkingWithoutReadingsIsShownWithAnExampleLine() {
        report = report(SensorStatus.UNREADABLE, "Load_cell output val: 12,34", 0, DiagnosticsSource.Logging.WORKING, null);
        diagnostics.enter();

        var state = diagnostics.model().sensor().stream().filter(r -> r.name().equals("state")).findFirst().orElseThrow();
        assertThat(state.value()).contains("\"Load_cell output val: 12,34\"");
        assertThat(state.problem()).isTrue();
    }

    @Test
    void theKioskRowsSayVersionUptimeFilesAndFreeDisk() {
        diagnostics.enter();
        var kiosk = diagnostics.model().kiosk();

        assertThat(row(kiosk, "version")).isEqualTo("1.4.0");
        assertThat(row(kiosk, "uptime")).isEqualTo("2 d 5 h 7 min");
        assertThat(row(kiosk, "config")).isEqualTo("/opt/rollkiosk/config/kiosk.json (" + WORDS.origins().besideTheJar() + ")");
        assertThat(row(kiosk, "content")).endsWith("(" + WORDS.origins().builtIn() + ")");
        assertThat(row(kiosk, "data")).isEqualTo("/home/gym/.rollkiosk (" + WORDS.origins().perUser() + ")");
        assertThat(row(kiosk, "free-disk")).isEqualTo("3.0 GB");
        assertThat(row(kiosk, "logging")).isEqualTo(WORDS.logs().working());
    }

    @Test
    void aFullDiskStopsLoggingAndSaysSo() {
        report = report(SensorStatus.CONNECTED, null, 0, DiagnosticsSource.Logging.DISK_FULL, "No space left on device");
        diagnostics.enter();

        assertThat(row(diagnostics.model().kiosk(), "logging")).as("the system's English stays in the log")
                .isEqualTo(WORDS.logs().diskFull());
    }

    @Test
    void aDataFolderThatCannotBeWrittenIsSaid() {
        report = report(SensorStatus.NONE, null, 0, DiagnosticsSource.Logging.CANNOT_WRITE, "/data: Permission denied");
        diagnostics.enter();

        assertThat(row(diagnostics.model().kiosk(), "logging")).startsWith(WORDS.logs().cannotWrite());
        assertThat(row(diagnostics.model().sensor(), "state")).isEqualTo(WORDS.states().none());
    }

    @Test
    void inGermanNumbersAreWrittenTheGermanWayAndTheLastErrorInGermanWords() {
        var german = Fixture.LANGUAGES.content("de").orElseThrow().staff().diagnostics();
        DiagnosticsPresenter de = new DiagnosticsPresenter(() -> report, () -> german, () -> Numbers.of("de"), clock);
        report = new DiagnosticsSource.Report(SensorStatus.NONE, null, null, null, DiagnosticsSource.LinkProblem.NO_SENSOR,
                0.0, 0, 1234, 0, DiagnosticsSource.Plot.EMPTY, "1.4.0", 0, List.of(), (long) (78.4 * (1L << 30)),
                DiagnosticsSource.Logging.WORKING, null);
        de.enter();
        report = new DiagnosticsSource.Report(report.status(), null, null, null, report.lastError(), 0.0, 75, 1234, 0,
                report.plot(), "1.4.0", 0, List.of(), report.freeBytes(), report.logging(), null);
        clock.advanceMillis(1_000);
        de.poll();

        assertThat(row(de.model().sensor(), "last-error")).isEqualTo(german.lost().noSensor()).doesNotContain("configured");
        assertThat(row(de.model().sensor(), "value")).isEqualTo("0,00");
        assertThat(row(de.model().sensor(), "rate")).isEqualTo("75,0");
        assertThat(row(de.model().sensor(), "garbage")).isEqualTo("1.234");
        assertThat(row(de.model().kiosk(), "free-disk")).isEqualTo("78,4 GB");
    }
}
