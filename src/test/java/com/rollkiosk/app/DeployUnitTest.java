package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped systemd unit and the README's install steps agree, and the unit restarts the kiosk. */
class DeployUnitTest {

    private static final Path UNIT = Path.of("deploy/rollkiosk.service");

    private static List<String> settings() throws Exception {
        return Files.readAllLines(UNIT).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    @Test
    void theUnitRestartsTheKioskForeverOnTheDesktopWithBlankingOff() throws Exception {
        assertThat(settings()).contains(
                "Restart=always",
                "StartLimitIntervalSec=0",
                "Environment=DISPLAY=:0",
                "ExecStartPre=/usr/bin/xset s off -dpms",
                "ExecStartPre=/usr/bin/xset s noblank",
                "WorkingDirectory=/opt/rollkiosk",
                "ExecStart=/usr/bin/java " + String.join(" ", AppCdsArchiveIT.START),
                "WantedBy=graphical.target");
        assertThat(settings()).filteredOn(l -> l.startsWith("ExecStart=")).singleElement()
                .asString().doesNotContain("--config", "--content");
    }

    @Test
    void theReadmeInstallsTheJarWhereTheUnitStartsIt() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains(
                "sudo cp -rp target/rollkiosk.jar target/rollkiosk.jsa config content /opt/rollkiosk/",
                "java " + String.join(" ", AppCdsArchiveIT.START),
                "sudo cp deploy/rollkiosk.service /etc/systemd/system/",
                "sudo systemctl enable --now rollkiosk",
                "sudo -u kiosk java -jar /opt/rollkiosk/rollkiosk.jar check");
    }
}
