package com.rollkiosk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The kiosk jar as shipped, started the way staff start it, in a data folder of its own; watched
 * from outside through its activity log and {@code /proc}.
 */
public final class KioskProcess implements AutoCloseable {

    static final Path JAR = Path.of("target", "rollkiosk.jar");
    private static final Pattern FIRST_FRAME = Pattern.compile("\"event\":\"first_frame\".*\"ms_since_start\":(\\d+)");
    /** Kernel clock ticks a second, the unit of utime and stime in /proc/PID/stat; 100 on Linux. */
    private static final double TICKS_PER_SECOND = 100;

    final Process process;
    final Path data;
    final long startedNanos;

    private KioskProcess(Process process, Path data, long startedNanos) {
        this.process = process;
        this.data = data;
        this.startedNanos = startedNanos;
    }

    /** {@code java JVM_OPTIONS -jar target/rollkiosk.jar --data TMP KIOSK_ARGS}, fullscreen. */
    static KioskProcess start(List<String> jvmOptions, String... kioskArgs) throws IOException {
        List<String> launch = new ArrayList<>(jvmOptions);
        launch.add("-jar");
        launch.add(jar().toString());
        return launch(launch, null, Map.of(), kioskArgs);
    }

    /**
     * The README's start command, in the jar's folder: {@code cd target && java
     * -XX:SharedArchiveFile=rollkiosk.jsa -XX:TieredStopAtLevel=1 -jar rollkiosk.jar --data TMP KIOSK_ARGS}.
     */
    static KioskProcess startWithArchive(String... kioskArgs) throws IOException {
        Path folder = jar().toAbsolutePath().getParent();
        if (!Files.isRegularFile(folder.resolve(ARCHIVE))) {
            throw new IllegalStateException(folder.resolve(ARCHIVE) + " is missing: mvn package makes it beside the jar");
        }
        return launch(List.of("-XX:SharedArchiveFile=" + ARCHIVE, "-XX:TieredStopAtLevel=1", "-jar",
                JAR.getFileName().toString()), folder, Map.of(), kioskArgs);
    }

    /** The class archive {@code mvn package} leaves beside the jar. */
    static final String ARCHIVE = "rollkiosk.jsa";

    private static Path jar() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: mvn package -DskipTests first (.ci/bench does)");
        }
        return JAR;
    }

    /** A main class on this JVM's class path that takes the kiosk's arguments, in place of the jar. */
    static KioskProcess startMain(Class<?> main, String... kioskArgs) throws IOException {
        return startMain(Map.of(), main, kioskArgs);
    }

    /** As {@link #startMain(Class, String...)}, with these variables set, such as another DISPLAY. */
    public static KioskProcess startMain(Map<String, String> environment, Class<?> main, String... kioskArgs)
            throws IOException {
        return launch(List.of("-cp", System.getProperty("java.class.path"), main.getName()), null, environment,
                kioskArgs);
    }

    /** @param folder the working folder, or null for this JVM's */
    private static KioskProcess launch(List<String> launch, Path folder, Map<String, String> environment,
                                       String... kioskArgs) throws IOException {
        Path data = Files.createTempDirectory("rollkiosk-bench-data");
        List<String> command = new ArrayList<>();
        command.add(Bench.java());
        command.addAll(launch);
        command.add("--data");
        command.add(data.toString());
        command.addAll(List.of(kioskArgs));
        long started = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder == null ? null : folder.toFile())
                .redirectErrorStream(true).redirectOutput(data.resolve("console.txt").toFile());
        builder.environment().putAll(environment);
        Process p = builder.start();
        return new KioskProcess(p, data, started);
    }

    /** {@code ms_since_start} of the activity log's {@code first_frame}, waiting up to 30 s for it. */
    public long awaitFirstFrame() throws Exception {
        return Long.parseLong(awaitLogged(FIRST_FRAME).group(1));
    }

    /** Waits up to 30 s for the activity log to hold {@code event}. */
    public void awaitEvent(String event) throws Exception {
        awaitLogged(Pattern.compile("\"event\":\"" + event + "\""));
    }

    private Matcher awaitLogged(Pattern pattern) throws Exception {
        Path log = data.resolve("activity.jsonl");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log)) {
                Matcher m = pattern.matcher(Files.readString(log, StandardCharsets.UTF_8));
                if (m.find()) {
                    return m;
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the kiosk exited " + process.exitValue() + ": " + console());
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("no " + pattern + " in the activity log within 30 s: " + console());
    }

    /** Seconds of CPU (user + system) the kiosk's process has used so far. */
    double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        // Fields after the command name, which is in parentheses and may hold spaces: state is the 3rd field.
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
    }

    /** Resident set size in MB, from /proc/PID/status. */
    double rssMb() throws IOException {
        return rssMb(process.pid());
    }

    static double rssMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    /** How many lines of the activity log so far are {@code event}. */
    public long logged(String event) throws IOException {
        Path log = data.resolve("activity.jsonl");
        String quoted = "\"event\":\"" + event + "\"";
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.contains(quoted)).count() : 0;
    }

    /** The exit code, once the kiosk has ended by itself within {@code seconds}; fails if it has not. */
    public int awaitExit(long seconds) throws InterruptedException, IOException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new IllegalStateException("still running after " + seconds + " s: " + console());
        }
        return process.exitValue();
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** What the kiosk printed so far, for a failure message. */
    public String console() throws IOException {
        return Files.readString(data.resolve("console.txt"), StandardCharsets.UTF_8);
    }

    /** SIGTERM, as systemd stops the kiosk; the JVM's exit hooks run (an AppCDS archive is written then). */
    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try (Stream<Path> files = Files.walk(data)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
