package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.bench.KioskProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reliability: whatever keeps the kiosk from starting, a runner never sees the desktop. The kiosk
 * runs fullscreen in a process of its own on a display openbox manages ({@link ManagedDisplay}),
 * with another client's window open there first, as a desktop's would be. A broken content file,
 * a config that cannot be read, and a screen that throws on the event thread while the window is
 * built each put the out-of-order screen up, fullscreen and on top; fixing the fault brings the
 * kiosk back by itself, in the same process, and at every look in between a window of the kiosk
 * covers the screen on top of the other client's.
 */
@Timeout(180)
class OutOfOrderReliabilityTest {

    private static final int DESKTOP_STARTS = 3;

    @TempDir
    Path dir;

    @FunctionalInterface
    private interface Fix {
        void apply() throws Exception;
    }

    @Test
    void aBrokenContentFileShowsOutOfOrderUntilItIsFixed() throws Exception {
        Path content = dir.resolve("content");
        copyTree(Path.of("content"), content);
        Path regions = content.resolve("en/regions.json");
        String good = Files.readString(regions);
        Files.writeString(regions, good.replaceFirst("\"sided\": true", "\"sided\": maybe"));
        // Fixed by a change to the file: the start tries again at once, not at the next interval.
        outOfOrderThenBack(Map.of(), List.of("--content", content.toString()), regions + ":",
                () -> Files.writeString(regions, good));
    }

    @Test
    void aConfigThatCannotBeReadShowsOutOfOrderUntilItIsFixed() throws Exception {
        Path config = Files.createDirectories(dir.resolve("kiosk.json"));
        outOfOrderThenBack(Map.of(), List.of("--config", config.toString()), config + ":1:1: (file): cannot read",
                () -> {
                    Files.delete(config);
                    Files.copy(Path.of("config/kiosk.json"), config);
                });
    }

    @Test
    void aScreenThatThrowsWhileTheWindowIsBuiltShowsOutOfOrderUntilItStops() throws Exception {
        Path marker = Files.writeString(dir.resolve("throw-while-building"), "");
        // Nothing the kiosk watches changes here: the start tries again after its interval.
        outOfOrderThenBack(Map.of(OutOfOrderKiosk.THROW_WHILE, marker.toString()), List.of(),
                "OutOfOrderKiosk.java", () -> Files.delete(marker));
    }

    private void outOfOrderThenBack(Map<String, String> environment, List<String> args, String problem, Fix fix)
            throws Exception {
        ManagedDisplay.requireTools();
        try (ManagedDisplay x = ManagedDisplay.start(dir)) {
            Process[] desktop = {null};
            try {
                long other = startDesktopWindow(x, desktop);
                Map<String, String> all = new HashMap<>(environment);
                all.put("DISPLAY", x.display());
                List<String> kioskArgs = new ArrayList<>(List.of("--sensor", "none"));
                kioskArgs.addAll(args);
                try (KioskProcess kiosk = KioskProcess.startMain(all, OutOfOrderKiosk.class,
                        kioskArgs.toArray(String[]::new))) {
                    long outOfOrder = awaitTitled(x, kiosk, OutOfOrder.TITLE);
                    ManagedDisplay.await("the out-of-order screen covering the screen on top", () ->
                            alive(kiosk) && x.state(outOfOrder).coversTheScreenInFront() && top(x) == outOfOrder);
                    assertThat(kiosk.console()).as("the problem, for the journal").contains(problem);
                    assertThat(kiosk.logged("first_frame")).isZero();

                    long fixedAt = System.nanoTime();
                    fix.apply();
                    List<String> seen = new ArrayList<>();
                    ManagedDisplay.await("the kiosk back, in front", () -> {
                        long top = top(x);
                        assertThat(top).as("the other client's window is never on top").isNotEqualTo(other);
                        // A window being made or taken away as wmctrl looks may be missing from its list.
                        Map<Long, String> windows = windowsOf(x, kiosk.pid());
                        seen.add(windows.getOrDefault(top, "(a window changing as the tools looked)"));
                        Long back = windows.entrySet().stream().filter(e -> e.getValue().equals("RollKiosk"))
                                .map(Map.Entry::getKey).findFirst().orElse(null);
                        return back != null && !windows.containsValue(OutOfOrder.TITLE) && top == back
                                && x.state(back).coversTheScreenInFront();
                    });
                    kiosk.awaitFirstFrame();
                    System.out.println("back " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - fixedAt)
                            + " ms after the fix; windows on top at each look: " + new LinkedHashMap<>(count(seen)));
                    assertThat(kiosk.isAlive()).as("the same process, swapped without a restart").isTrue();
                }
            } finally {
                if (desktop[0] != null) {
                    desktop[0].destroy();
                    desktop[0].waitFor(5, TimeUnit.SECONDS);
                }
            }
        }
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        try (var files = Files.walk(from)) {
            for (Path source : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static Map<String, Integer> count(List<String> seen) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        seen.forEach(s -> counts.merge(s, 1, Integer::sum));
        return counts;
    }

    private Process startOn(ManagedDisplay x, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("client.txt").toFile());
        builder.environment().put("DISPLAY", x.display());
        return builder.start();
    }

    private static boolean alive(KioskProcess kiosk) {
        if (!kiosk.isAlive()) {
            throw new AssertionError("the kiosk ended: " + console(kiosk));
        }
        return true;
    }

    /** The window of the kiosk with this title, once there is one. */
    private static long awaitTitled(ManagedDisplay x, KioskProcess kiosk, String title) throws Exception {
        long[] found = {0};
        ManagedDisplay.await("a window titled " + title, () -> {
            alive(kiosk);
            windowsOf(x, kiosk.pid()).forEach((id, t) -> {
                if (t.equals(title)) {
                    found[0] = id;
                }
            });
            return found[0] != 0;
        });
        return found[0];
    }

    /**
     * Starts the desktop application and returns its window, by its title (xmessage does not say its
     * process). The application is only the test's prop: on a loaded machine its window now and then
     * never shows in openbox's list, so it is started again (up to three times, 10 s each), and
     * openbox too should it have died.
     */
    private long startDesktopWindow(ManagedDisplay x, Process[] desktop) throws Exception {
        long[] found = {0};
        List<String>[] last = new List[] {List.of()};
        StringBuilder tries = new StringBuilder();
        for (int attempt = 1; attempt <= DESKTOP_STARTS; attempt++) {
            desktop[0] = startOn(x, "xmessage", "-geometry", "+200+200", "a desktop application");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (desktop[0].isAlive() && System.nanoTime() < deadline) {
                x.keepManaged();
                List<String> lines = listed(x);
                last[0] = lines;
                for (String line : lines) {
                    String[] f = line.trim().split("\\s+", 5);
                    if (f.length > 4 && f[4].equals("xmessage")) {
                        found[0] = Long.decode(f[0]);
                    }
                }
                if (found[0] != 0) {
                    return found[0];
                }
                Thread.sleep(10);
            }
            tries.append("\n start ").append(attempt).append(": ")
                    .append(desktop[0].isAlive() ? "not listed in 10 s" : "xmessage ended " + desktop[0].exitValue())
                    .append("; wmctrl listed ").append(last[0]).append("; xmessage said: ")
                    .append(Files.readString(dir.resolve("client.txt")).strip()).append("; ").append(x.openboxStarts());
            desktop[0].destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        throw new AssertionError("no desktop application's window after " + DESKTOP_STARTS + " starts:" + tries);
    }

    /** {@code wmctrl -l -p}'s lines; none while openbox manages no window (wmctrl then fails). */
    private static List<String> listed(ManagedDisplay x) {
        try {
            return x.run("wmctrl", "-l", "-p").lines().filter(l -> !l.isBlank()).toList();
        } catch (AssertionError e) {
            return List.of();
        }
    }

    /** The windows openbox manages for process {@code pid}, with their titles. */
    private static Map<Long, String> windowsOf(ManagedDisplay x, long pid) {
        Map<Long, String> windows = new HashMap<>();
        for (String line : listed(x)) {
            String[] f = line.trim().split("\\s+", 5);
            if (f.length > 2 && f[2].equals(Long.toString(pid))) {
                windows.put(Long.decode(f[0]), f.length > 4 ? f[4] : "");
            }
        }
        return windows;
    }

    /** The managed window on top of all others. */
    private static long top(ManagedDisplay x) {
        String stacking = x.run("xprop", "-root", "_NET_CLIENT_LIST_STACKING");
        String[] ids = stacking.substring(stacking.indexOf('#') + 1).trim().split("\\s*,\\s*");
        return Long.decode(ids[ids.length - 1].trim());
    }

    private static String console(KioskProcess kiosk) {
        try {
            return kiosk.console();
        } catch (java.io.IOException e) {
            return e.getMessage();
        }
    }
}
