package com.rollkiosk.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * An Xvfb display of its own with openbox managing it, as on a gym PC's desktop, and the X tools
 * that act on it as a person at the keyboard or a window manager's menu would. Openbox runs on its
 * packaged settings, whose key bindings include Alt+F4 (close), Alt+Escape (lower and unfocus) and
 * Super+D (show the desktop), whatever the developer's own settings say.
 */
final class ManagedDisplay implements AutoCloseable {

    static final int WIDTH = 1920;
    static final int HEIGHT = 1080;
    /** The Debian packages of each tool, for the message when one is missing; .ci/run installs them. */
    private static final Map<String, String> TOOLS = Map.of("Xvfb", "xvfb", "openbox", "openbox",
            "xdotool", "xdotool", "wmctrl", "wmctrl", "xprop", "x11-utils", "xwininfo", "x11-utils");
    private static final Path PACKAGED_SETTINGS = Path.of("/etc/xdg/openbox/rc.xml");
    private static final long TOOL_SECONDS = 5;
    private static final int OPENBOX_STARTS = 3;

    private final Process xvfb;
    private final String display;
    private final Path dir;
    private Process openbox;
    private int openboxStarts;
    private int desktops = 4;

    private ManagedDisplay(Process xvfb, String display, Path dir) {
        this.xvfb = xvfb;
        this.display = display;
        this.dir = dir;
    }

    /**
     * Skips the test on a developer's machine without the tools; in CI ({@code CI} set), where
     * .ci/run installs them, a missing tool fails it instead, so that the test cannot quietly stop running.
     */
    static void requireTools() {
        List<String> missing = TOOLS.keySet().stream().filter(t -> !onPath(t)).sorted().toList();
        String why = "not on PATH: " + missing + " (Debian packages "
                + missing.stream().map(TOOLS::get).distinct().sorted().toList() + "; .ci/run installs them)";
        if (!missing.isEmpty() && System.getenv("CI") != null) {
            throw new AssertionError(why);
        }
        assumeTrue(missing.isEmpty(), why);
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Xvfb on a free display number, then openbox on it; returns once openbox manages the screen. */
    static ManagedDisplay start(Path dir) throws Exception {
        // -displayfd: Xvfb picks a free number itself and prints it once it accepts connections.
        Process xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-nolisten", "tcp",
                "-screen", "0", WIDTH + "x" + HEIGHT + "x24")
                .redirectError(dir.resolve("xvfb.txt").toFile()).start();
        String number = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.UTF_8)).readLine();
        if (number == null) {
            xvfb.destroy();
            throw new IllegalStateException("Xvfb did not start: " + Files.readString(dir.resolve("xvfb.txt")));
        }
        ManagedDisplay x = new ManagedDisplay(xvfb, ":" + number.trim(), dir);
        try {
            x.startOpenbox();
        } catch (Exception | AssertionError e) {
            x.close();
            throw e;
        }
        return x;
    }

    /**
     * Starts openbox, and starts it again if it dies or has not claimed the screen in 30 s: on a
     * loaded CI machine it now and then exits early, and one lost start should not fail the test.
     */
    private void startOpenbox() throws Exception {
        List<String> command = new ArrayList<>(List.of("openbox", "--sm-disable"));
        if (Files.isRegularFile(PACKAGED_SETTINGS)) {
            command.addAll(List.of("--config-file", PACKAGED_SETTINGS.toString()));
        }
        // Its cache and any settings of its own stay in the test's folder, not the developer's home.
        Path home = Files.createDirectories(dir.resolve("home"));
        StringBuilder tries = new StringBuilder();
        for (int attempt = 1; attempt <= OPENBOX_STARTS; attempt++) {
            Path log = dir.resolve("openbox-" + ++openboxStarts + ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(Map.of("DISPLAY", display, "HOME", home.toString(),
                    "XDG_CONFIG_HOME", home.resolve(".config").toString(), "XDG_CACHE_HOME", home.resolve(".cache").toString()));
            openbox = builder.start();
            // Until openbox has claimed the screen, wmctrl -m fails.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (openbox.isAlive() && System.nanoTime() < deadline) {
                if (output(false, "wmctrl", "-m").contains("Openbox")) {
                    return;
                }
                Thread.sleep(10);
            }
            String why = openbox.isAlive() ? "not managing after 30 s" : "exited " + openbox.exitValue();
            openbox.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            tries.append("\n start ").append(attempt).append(": ").append(why).append("; its output: ")
                    .append(Files.exists(log) ? Files.readString(log).strip() : "(none)");
        }
        throw new AssertionError("no openbox managing " + display + " after " + OPENBOX_STARTS + " starts:" + tries);
    }

    /**
     * Starts openbox again if it has died since (it manages the windows already open as it
     * starts); for a test waiting on a window that only the window manager lists.
     */
    void keepManaged() throws Exception {
        if (!openbox.isAlive()) {
            startOpenbox();
        }
    }

    /** How often openbox was started, for a failure's message. */
    String openboxStarts() {
        return openboxStarts + " start(s), openbox " + (openbox.isAlive() ? "running" : "exited " + openbox.exitValue());
    }

    /** {@code :N}, for a child's DISPLAY. */
    String display() {
        return display;
    }

    /** The window openbox manages for process {@code pid} (its {@code _NET_WM_PID}), as a number. */
    long awaitWindowOf(long pid) throws Exception {
        long[] window = {0};
        await("a window of process " + pid, () -> {
            for (String line : run("wmctrl", "-l", "-p").split("\n")) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 2 && f[2].equals(Long.toString(pid))) {
                    window[0] = Long.decode(f[0]);
                    return true;
                }
            }
            return false;
        });
        return window[0];
    }

    /** What the window manager and the X server say of {@code window} now. */
    WindowState state(long window) {
        String id = "0x" + Long.toHexString(window);
        String info = output(false, "xwininfo", "-id", id);
        if (info.isEmpty()) {
            throw new AssertionError("the window " + id + " is gone");
        }
        String props = run("xprop", "-id", id, "WM_STATE", "_NET_WM_STATE");
        String active = run("xprop", "-root", "_NET_ACTIVE_WINDOW");
        return new WindowState(info.contains("Map State: IsViewable"), props.contains("window state: Normal"),
                props.contains("_NET_WM_STATE_FULLSCREEN"), props.contains("_NET_WM_STATE_HIDDEN"),
                field(info, "Absolute upper-left X:"), field(info, "Absolute upper-left Y:"),
                field(info, "Width:"), field(info, "Height:"),
                active.matches("(?s).*window id # 0x0*" + Long.toHexString(window) + "\\s*"));
    }

    /** The window as openbox and the server see it; a kiosk that stays up is all of viewable .. active. */
    record WindowState(boolean viewable, boolean normal, boolean fullscreen, boolean hidden,
                       int x, int y, int width, int height, boolean active) {

        boolean coversTheScreenInFront() {
            return viewable && normal && fullscreen && !hidden && x == 0 && y == 0
                    && width == WIDTH && height == HEIGHT && active;
        }
    }

    private static int field(String text, String label) {
        int at = text.indexOf(label);
        if (at < 0) {
            return -1;
        }
        String rest = text.substring(at + label.length()).trim();
        return Integer.parseInt(rest.split("\\s+")[0]);
    }

    /**
     * Returns once openbox has handled everything sent to it before: it handles its X events in
     * order, so once it has changed the number of desktops it has also acted on the key press or
     * request that came before, and its message to the kiosk (a close request, say) is on its way.
     */
    void barrier() throws Exception {
        desktops = desktops == 4 ? 5 : 4;
        int wanted = desktops;
        run("wmctrl", "-n", Integer.toString(wanted));
        await("openbox at " + wanted + " desktops",
                () -> run("xprop", "-root", "_NET_NUMBER_OF_DESKTOPS").trim().endsWith("= " + wanted));
    }

    /** Runs an X tool on this display and returns what it printed; fails if it fails or hangs. */
    String run(String... command) {
        return output(true, command);
    }

    /** What an X tool printed; if it exits with an error, a failure when {@code strict}, else "". */
    private String output(boolean strict, String... command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("DISPLAY", display);
            Process p = builder.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(TOOL_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " took over " + TOOL_SECONDS + " s");
            }
            String text = new String(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                if (!strict) {
                    return "";
                }
                throw new AssertionError(String.join(" ", command) + " exited " + p.exitValue() + ": " + text);
            }
            return text;
        } catch (IOException e) {
            throw new AssertionError(String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Polls {@code condition} every 10 ms for up to 30 s: a deadline for a loaded machine, not a timing the test asserts. */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " within 30 s");
            }
            Thread.sleep(10);
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (Process p : new Process[] {openbox, xvfb}) {
            if (p != null) {
                p.destroy();
                if (!p.waitFor(5, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            }
        }
    }
}
