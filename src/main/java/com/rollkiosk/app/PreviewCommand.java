package com.rollkiosk.app;

import com.rollkiosk.content.Languages;
import com.rollkiosk.json.InvalidFilesException;
import com.rollkiosk.ui.Illustrations;
import com.rollkiosk.ui.Screenshots;
import com.rollkiosk.ui.Theme;

import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code preview --out DIR [--size WxH] [--lang CODE] [--config FILE] [--content DIR]}: every
 * screen in every state as a PNG, drawn with no display, so a gym sees an edit before it goes
 * live. Files go to {@code DIR/<language>/<screen>[-<state>].png}, for every language unless
 * {@code --lang} names one. Broken files get {@code check}'s messages and exit code.
 */
final class PreviewCommand implements Command {

    static final String USAGE = "usage: java -jar rollkiosk.jar preview --out DIR [--size WxH] [--lang CODE]"
            + " [--config FILE] [--content DIR]";
    private static final Pattern SIZE = Pattern.compile("(\\d{3,5})x(\\d{3,5})");

    private final PrintStream out;
    private final PrintStream err;
    private final boolean headless;

    PreviewCommand() {
        this(System.out, System.err, true);
    }

    /** @param headless claim no display; false in tests, which share their JVM with windows */
    PreviewCommand(PrintStream out, PrintStream err, boolean headless) {
        this.out = out;
        this.err = err;
        this.headless = headless;
    }

    @Override
    public int run(String[] args) {
        if (headless) {
            System.setProperty("java.awt.headless", "true");
        }
        Options o;
        int[] size;
        try {
            o = Options.parse(args, Set.of("--out", "--size", "--lang", "--config", "--content"), Set.of());
            if (o.value("--out").isEmpty()) {
                throw new Options.UsageException("--out DIR is required");
            }
            size = size(o.value("--size", "1920x1080"));
        } catch (Options.UsageException e) {
            err.println("preview: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        StaffFiles.Loaded files;
        try {
            files = StaffFiles.load(StaffFiles.configFile(o.value("--config")),
                    Path.of(o.value("--content", StaffFiles.DEFAULT_CONTENT)));
        } catch (InvalidFilesException e) {
            return StaffFiles.report(e.problems(), "preview", out, err);
        }
        List<String> languages = files.content().codes();
        if (o.value("--lang").isPresent() && !languages.contains(o.value("--lang").get())) {
            err.println("preview: no content for language \"" + o.value("--lang").get() + "\"; the content folder has "
                    + String.join(", ", languages));
            return 2;
        }
        Path dir = Path.of(o.value("--out").get());
        String problem = writableFolder(dir);
        if (problem != null) {
            err.println("preview: " + problem);
            return 2;
        }
        List<String> chosen = o.value("--lang").map(List::of).orElse(languages);
        try {
            int written = 0;
            for (String language : chosen) {
                written += save(files, files.content().withFirst(language), size, dir.resolve(language));
            }
            out.println("preview: " + written + " screens for " + String.join(", ", chosen) + " at " + size[0] + "x"
                    + size[1] + " in " + dir);
            return 0;
        } catch (IOException e) {
            err.println("preview: cannot write to " + dir + ": " + e.getMessage());
            return 2;
        }
    }

    private static int[] size(String text) throws Options.UsageException {
        Matcher m = SIZE.matcher(text);
        if (!m.matches()) {
            throw new Options.UsageException("--size must be WIDTHxHEIGHT in pixels, e.g. 1280x800, was " + text);
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    /** Null when the folder exists or can be made, and can be written; otherwise what is wrong, in a sentence. */
    static String writableFolder(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            return "--out " + dir + " is a file; it must be a folder";
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            return "cannot make the folder " + dir + " (" + e.getClass().getSimpleName().replace("Exception", "")
                    + ": " + e.getMessage() + ")";
        }
        // Trying is the only sure test: permissions say too little for root, or on a read-only disk.
        try {
            Files.delete(Files.createTempFile(dir, ".preview", ".png"));
            return null;
        } catch (IOException e) {
            return "cannot write to the folder " + dir + " (" + e.getMessage() + ")";
        }
    }

    private int save(StaffFiles.Loaded files, Languages content, int[] size, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Screenshots.Shot> shots = render(files, content, size);
        for (Screenshots.Shot shot : shots) {
            Path file = dir.resolve(shot.name() + ".png");
            if (!ImageIO.write(shot.image(), "png", file.toFile())) {
                throw new IOException("no PNG writer");
            }
        }
        return shots.size();
    }

    private static List<Screenshots.Shot> render(StaffFiles.Loaded files, Languages content, int[] size)
            throws IOException {
        AtomicReference<List<Screenshots.Shot>> shots = new AtomicReference<>(new ArrayList<>());
        try {
            SwingUtilities.invokeAndWait(() -> {
                Theme.install();
                shots.set(Screenshots.take(content, files.config(),
                        new Illustrations(KioskApp.illustrationUrls(content.first())), size[0], size[1]));
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("drawing the screens failed", e.getCause());
        }
        return shots.get();
    }
}
