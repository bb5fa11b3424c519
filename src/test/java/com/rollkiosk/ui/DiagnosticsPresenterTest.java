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
    void theMetricsEndpointIsShownOffServingOrNotServingWithTheSystemsReason() {
        diagnostics.enter();
        assertThat(row(diagnostics.model().kiosk(), "metrics")).isEqualTo(WORDS.metricsOff());

        DiagnosticsSource.Report base = report;
        report = withMetrics(base, new DiagnosticsSource.Metrics("127.0.0.1:9464", true, null));
        diagnostics.poll();
        assertThat(row(diagnostics.model().kiosk(), "metrics"))
                .isEqualTo(WORDS.metricsServing().replace("{address}", "127.0.0.1:9464"));

        report = withMetrics(base, new DiagnosticsSource.Metrics("127.0.0.1:9464", false, "Address already in use"));
        diagnostics.poll();
        var row = diagnostics.model().kiosk().stream().filter(r -> r.name().equals("metrics")).findFirst().orElseThrow();
        assertThat(row.value()).isEqualTo(WORDS.metricsFailed().replace("{address}", "127.0.0.1:9464")
                + " (Address already in use)");
        assertThat(row.problem()).isTrue();
    }

    private static DiagnosticsSource.Report withMetrics(DiagnosticsSource.Report r, DiagnosticsSource.Metrics m) {
        return new DiagnosticsSource.Report(r.status(), r.port(), r.info(), r.example(), r.lastError(), r.value(),
                r.samples(), r.garbage(), r.reconnects(), r.plot(), r.version(), r.uptimeMs(), r.files(), r.freeBytes(),
                r.logging(), r.logProblem(), m);
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
    void aFailingSoundDeviceIsAWarningThatSaysWhenItIsTriedAgain() {
        DiagnosticsSource.Sound[] sound = {DiagnosticsSource.Sound.WORKING};
        DiagnosticsPresenter withSound = new DiagnosticsPresenter(new DiagnosticsSource() {
            @Override
            public Report read() {
                return report;
            }

            @Override
            public Sound sound() {
                return sound[0];
            }
        }, () -> WORDS, () -> Numbers.of("en"), clock);
        withSound.enter();
        assertThat(withSound.model().kiosk()).filteredOn(r -> r.name().equals("sound")).singleElement()
                .satisfies(r -> assertThat(r.problem()).isFalse()).extracting(DiagnosticsPresenter.Row::value)
                .isEqualTo(WORDS.sounds().working());

        sound[0] = new DiagnosticsSource.Sound(DiagnosticsSource.SoundState.RETRYING, "LineUnavailableException: gone", 9_001);
        assertThat(withSound.model().kiosk()).filteredOn(r -> r.name().equals("sound")).singleElement()
                .satisfies(r -> assertThat(r.problem()).isTrue()).extracting(DiagnosticsPresenter.Row::value)
                .isEqualTo("failed, trying again in 10 s (LineUnavailableException: gone)");
    }

    @Test
    void everySerialPortAutoListedIsShownWithWhatWasSeenAndWhenItIsTriedAgain() {
        DiagnosticsPresenter withPorts = new DiagnosticsPresenter(new DiagnosticsSource() {
            @Override
            public Report read() {
                return report;
            }

            @Override
            public List<PortSeen> ports() {
                return List.of(new PortSeen("/dev/ttyUSB0", Seen.SILENT, null, 90_000L),
                        new PortSeen("/dev/ttyUSB1", Seen.NO_READINGS, "UPS OK", 30_000L),
                        new PortSeen("/dev/ttyACM0", Seen.ROLLER_HELLO, null, null));
            }
        }, () -> WORDS, () -> Numbers.of("en"), clock);
        withPorts.enter();
        var sensor = withPorts.model().ports();

        String inTwo = WORDS.nextTry().replace("{minutes}", "2");
        assertThat(withPorts.model().portsHeading()).isEqualTo(WORDS.ports());
        assertThat(sensor).extracting(DiagnosticsPresenter.Row::label, DiagnosticsPresenter.Row::value).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/dev/ttyUSB0", WORDS.seen().silent() + ", " + inTwo),
                        org.assertj.core.groups.Tuple.tuple("/dev/ttyUSB1", WORDS.seen().noReadings()
                                .replace("{example}", "\"UPS OK\"") + ", " + WORDS.nextTry().replace("{minutes}", "1")),
                        org.assertj.core.groups.Tuple.tuple("/dev/ttyACM0", WORDS.seen().rollerHello()));
        assertThat(diagnostics.model().ports()).as("a named port lists no ports").isEmpty();
    }

    @Test
    void aRollerThatMayBeBrokenIsAWarningWithItsReason() {
        DiagnosticsSource.RollerCheck[] check = {DiagnosticsSource.RollerCheck.FINE};
        DiagnosticsPresenter d = new DiagnosticsPresenter(new DiagnosticsSource() {
            @Override
            public Report read() {
                return report;
            }

            @Override
            public RollerCheck rollerCheck() {
                return check[0];
            }
        }, () -> WORDS, () -> Numbers.of("en"), clock);
        d.enter();
        assertThat(rowNamed(d, "roller-check").value()).isEqualTo(WORDS.rollerChecks().fine());
        assertThat(rowNamed(d, "roller-check").problem()).isFalse();

        check[0] = new DiagnosticsSource.RollerCheck(false, 0, 60, 3, 3);
        d.poll();
        assertThat(rowNamed(d, "roller-check").value()).isEqualTo(WORDS.rollerChecks().noPerson().replace("{holds}", "3"));
        assertThat(rowNamed(d, "roller-check").problem()).isTrue();

        check[0] = new DiagnosticsSource.RollerCheck(true, 0, 60, 0, 3);
        d.poll();
        assertThat(rowNamed(d, "roller-check").value())
                .isEqualTo(WORDS.rollerChecks().stuck().replace("{value}", Numbers.of("en").reading(0)).replace("{seconds}", "60"));
    }

    private static DiagnosticsPresenter.Row rowNamed(DiagnosticsPresenter d, String name) {
        return d.model().sensor().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theEmptyLevelsSourceIsShownAndAFolderThatCannotKeepItIsAWarning() {
        DiagnosticsSource.Levels[] levels = {DiagnosticsSource.Levels.UNKNOWN};
        DiagnosticsPresenter d = new DiagnosticsPresenter(new DiagnosticsSource() {
            @Override
            public Report read() {
                return report;
            }

            @Override
            public Levels levels() {
                return levels[0];
            }
        }, () -> WORDS, () -> Numbers.of("en"), clock);
        d.enter();
        assertThat(rowNamed(d, "levels").value()).isEqualTo(WORDS.levelSources().none());

        levels[0] = new DiagnosticsSource.Levels(com.rollkiosk.domain.RollerState.Source.REMEMBERED, null);
        assertThat(rowNamed(d, "levels").value()).isEqualTo(WORDS.levelSources().remembered());
        assertThat(rowNamed(d, "levels").problem()).isFalse();

        levels[0] = new DiagnosticsSource.Levels(com.rollkiosk.domain.RollerState.Source.AUTOMATIC, "Read-only file system");
        assertThat(rowNamed(d, "levels").value()).isEqualTo(WORDS.levelSources().automatic() + "; "
                + WORDS.levelSources().cannotRemember().replace("{reason}", "Read-only file system"));
        assertThat(rowNamed(d, "levels").problem()).isTrue();
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
