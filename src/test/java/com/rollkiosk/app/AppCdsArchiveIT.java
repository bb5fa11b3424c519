package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AppCDS archive that {@code package} leaves beside the jar: the documented start command,
 * run in the jar's folder, uses it, also after the two are copied elsewhere with their dates; and
 * a missing or stale archive costs only speed and a line on the console, never the start.
 */
@Timeout(120)
class AppCdsArchiveIT {

    /** The README's and the systemd unit's start command, in the jar's folder. */
    static final List<String> START = List.of("-XX:SharedArchiveFile=rollkiosk.jsa", "-XX:TieredStopAtLevel=1", "-jar", "rollkiosk.jar");

    @TempDir
    Path tmp;

    @Test
    void theBuildsArchiveHoldsTheKiosksStartClassesAndTheStartCommandUsesIt() throws Exception {
        Path target = jar().getParent();
        // -Xshare:on turns "the archive cannot be used" from a warning into a failure.
        Run listed = java(target, "-Xshare:on", "-XX:SharedArchiveFile=rollkiosk.jsa",
                "-XX:+PrintSharedArchiveAndExit", "-jar", "rollkiosk.jar");
        assertThat(listed.code).as(listed.output).isZero();
        assertThat(listed.output).contains("archive is valid", "com.rollkiosk.ui.KioskUi ",
                "com.rollkiosk.ui.AttractScreen ", "com.fasterxml.jackson.databind.ObjectMapper ",
                "com.formdev.flatlaf.FlatLaf ", "com.rollkiosk.content.ContentLoader ");
    }

    @Test
    void copiedWithTheJarAndTheirDatesTheArchiveStillServesFromTheNewFolder() throws Exception {
        Path install = Files.createDirectories(tmp.resolve("opt"));
        for (String f : List.of("rollkiosk.jar", "rollkiosk.jsa")) {
            Files.copy(jar().resolveSibling(f), install.resolve(f), StandardCopyOption.COPY_ATTRIBUTES);
        }
        Run run = startCommand(install, "-Xshare:on");
        assertThat(run.code).as(run.output).isZero();
        assertThat(run.output).startsWith("RollKiosk ");
    }

    @Test
    void withoutItsArchiveTheJarStartsSilently() throws Exception {
        Path install = Files.createDirectories(tmp.resolve("opt"));
        Files.copy(jar(), install.resolve("rollkiosk.jar"));
        Run run = startCommand(install);
        assertThat(run.code).as(run.output).isZero();
        assertThat(run.output).startsWith("RollKiosk ").doesNotContain("warning");
    }

    @Test
    void anArchiveOfAnotherJarIsRefusedWithOneConsoleLineAndTheJarStartsWithoutIt() throws Exception {
        Path install = Files.createDirectories(tmp.resolve("opt"));
        Files.copy(jar().resolveSibling("rollkiosk.jsa"), install.resolve("rollkiosk.jsa"));
        Files.copy(jar(), install.resolve("rollkiosk.jar"));
        // A jar built again (or copied without its date) is another jar to Java.
        Files.setLastModifiedTime(install.resolve("rollkiosk.jar"), FileTime.fromMillis(0));
        Run run = startCommand(install);
        assertThat(run.code).as(run.output).isZero();
        assertThat(run.output).contains("RollKiosk ");
        assertThat(run.output.lines().filter(l -> l.contains("shared archive")).count()).isLessThanOrEqualTo(1);
    }

    private Run startCommand(Path folder, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of(extra));
        args.addAll(START);
        args.add("--version");
        return java(folder, args.toArray(String[]::new));
    }

    private record Run(int code, String output) {
    }

    private Run java(Path folder, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "java", ".out");
        Process p = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("java %s ended", command).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    }

    private static Path jar() throws IOException {
        Path jar = Path.of(System.getProperty("rollkiosk.jar", "target/rollkiosk.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged jar (mvn package)").isRegularFile();
        assertThat(jar.resolveSibling("rollkiosk.jsa")).as("the archive package makes beside it").isRegularFile();
        return jar;
    }
}
