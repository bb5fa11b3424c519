package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as an autostart entry runs it: copied into a folder of its own, started from
 * another folder, with no options. Runs after {@code package} (failsafe), under Xvfb.
 */
@Timeout(90)
class StartFromAnywhereIT {

    @TempDir
    Path tmp;

    @Test
    void theJarAloneInItsFolderReachesFirstFrameOnItsBuiltInFiles() throws Exception {
        Path install = install(null);

        Path data = runUntilFirstFrame(install);

        String firstLine = Files.readAllLines(data.resolve("kiosk0.log")).get(0);
        assertThat(firstLine).contains("rollkiosk.jar!/rollkiosk-defaults/config/kiosk.json (built in)",
                "rollkiosk-defaults/content (built in)", "data " + data + " (per user)");
    }

    @Test
    void settingsInstalledBesideTheJarAreTheOnesUsed() throws Exception {
        Path install = install("{ \"sensor\": { \"port\": \"none\" } }");

        Path data = runUntilFirstFrame(install);

        assertThat(Files.readAllLines(data.resolve("kiosk0.log")).get(0))
                .contains("config " + install.resolve("config/kiosk.json") + " (beside the jar)");
    }

    @Test
    void settingsBrokenByHandStartOnTheDefaultsAndTheLogSaysWhy() throws Exception {
        Path install = install("{ \"hold\": { \"maximalSeconds\": 3 } }");

        Path data = runUntilFirstFrame(install);

        List<String> log = Files.readAllLines(data.resolve("kiosk0.log"));
        assertThat(log.get(0)).contains("(the built-in defaults, as " + install.resolve("config/kiosk.json")
                + " has 1 problem)");
        assertThat(log).anyMatch(l -> l.contains("settings refused") && l.contains("hold.maximalSeconds"));
    }

    /** A folder holding the jar and, unless null, config/kiosk.json with these settings. */
    private Path install(String settings) throws IOException {
        Path install = Files.createDirectories(tmp.resolve("opt"));
        Files.copy(jar(), install.resolve("rollkiosk.jar"));
        if (settings != null) {
            Files.createDirectories(install.resolve("config"));
            Files.writeString(install.resolve("config/kiosk.json"), settings);
        }
        return install;
    }

    /** Starts the jar with the working folder and home elsewhere; returns its data folder. */
    private Path runUntilFirstFrame(Path install) throws Exception {
        Path cwd = Files.createDirectories(tmp.resolve("somewhere-else"));
        Path home = Files.createDirectories(tmp.resolve("home"));
        Process kiosk = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-jar", install.resolve("rollkiosk.jar").toString())
                .directory(cwd.toFile())
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("kiosk.out").toFile())
                .start();
        Path data = home.resolve(".rollkiosk");
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!events(data).contains("\"event\":\"first_frame\"")) {
                assertThat(kiosk.isAlive()).as("kiosk still running; it printed: %s", output()).isTrue();
                assertThat(System.nanoTime()).as("first_frame within 60 s").isLessThan(deadline);
                kiosk.waitFor(100, TimeUnit.MILLISECONDS);
            }
        } finally {
            kiosk.destroy();
            kiosk.waitFor(10, TimeUnit.SECONDS);
        }
        return data;
    }

    private static String events(Path data) throws IOException {
        Path log = data.resolve(ActivityLog.FILE);
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private String output() throws IOException {
        return String.join("\n", Files.readAllLines(tmp.resolve("kiosk.out")));
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("rollkiosk.jar", "target/rollkiosk.jar"));
        assertThat(jar).as("the packaged jar (mvn package)").isRegularFile();
        return jar;
    }
}
