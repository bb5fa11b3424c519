package com.rollkiosk.app;

import com.rollkiosk.content.Languages;
import com.rollkiosk.json.InvalidFilesException;
import com.rollkiosk.content.ContentLoader;
import com.rollkiosk.content.OutOfOrderWords;
import com.rollkiosk.json.Problem;
import com.rollkiosk.ui.Illustrations;
import com.rollkiosk.ui.OutOfOrderShots;
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
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code preview --out DIR [--size WxH] [--lang CODE] [--config FILE] [--content DIR]}: every
 * screen in every state as a PNG, drawn with no display, so a gym sees an edit before it goes
 * live. Files go to {@code DIR/<language>/<screen>[-<state>].png}, for every language unless
 * {@code --lang} names one. Broken files get {@code check}'s messages and exit code.
 */
@Command(name = "preview", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Draws every screen in every state as PNG, with no display, into DIR/<language>/; "
                + "broken files get check's messages (exit 2).")
final class PreviewCommand extends StreamCommand {

    private static final Pattern SIZE = Pattern.compile("(\\d{3,5})x(\\d{3,5})");

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "where the PNG files go")
    private Path out;
    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1920x1080", converter = SizeConverter.class,
            description = "the screen's size in pixels (default: ${DEFAULT-VALUE})")
    private Size size;
    @Option(names = "--lang", paramLabel = "CODE", description = "only this language (default: every language)")
    private String language;
    @Mixin
    private StaffOptions.Config configOption;
    @Mixin
    private StaffOptions.Content contentOption;

    private final boolean headless;

    PreviewCommand(PrintStream out, PrintStream err) {
        this(out, err, true);
    }

    /** @param headless claim no display; false in tests, which share their JVM with windows */
    PreviewCommand(PrintStream out, PrintStream err, boolean headless) {
        super(out, err);
        this.headless = headless;
    }

    @Override
    public Integer call() {
        if (headless) {
            System.setProperty("java.awt.headless", "true");
        }
        StaffFiles files = StaffFiles.besideTheJar();
        StaffFiles.Loaded loaded;
        try {
            loaded = StaffFiles.load(files.config(configOption.file()).path(), files.content(contentOption.dir()).path());
        } catch (InvalidFilesException e) {
            return StaffFiles.report(e.problems(), "preview", super.out, err);
        }
        List<String> languages = loaded.content().codes();
        if (language != null && !languages.contains(language)) {
            err.println("preview: no content for language \"" + language + "\"; the content folder has "
                    + String.join(", ", languages));
            return Cli.BAD_INPUT;
        }
        String problem = writableFolder(out);
        if (problem != null) {
            err.println("preview: " + problem);
            return Cli.BAD_INPUT;
        }
        List<String> chosen = language == null ? languages : List.of(language);
        try {
            int written = 0;
            for (String code : chosen) {
                written += save(loaded, loaded.content().withFirst(code), size, out.resolve(code));
            }
            super.out.println("preview: " + written + " screens for " + String.join(", ", chosen) + " at " + size.width()
                    + "x" + size.height() + " in " + out);
            return Cli.OK;
        } catch (IOException e) {
            err.println("preview: cannot write to " + out + ": " + e.getMessage());
            return Cli.BAD_INPUT;
        }
    }

    /** A screen size in pixels. */
    record Size(int width, int height) {
    }

    static final class SizeConverter implements CommandLine.ITypeConverter<Size> {
        @Override
        public Size convert(String text) {
            Matcher m = SIZE.matcher(text);
            if (!m.matches()) {
                throw new CommandLine.TypeConversionException("must be WIDTHxHEIGHT in pixels, e.g. 1280x800, was '"
                        + text + "'");
            }
            return new Size(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
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

    private int save(StaffFiles.Loaded files, Languages content, Size size, Path dir) throws IOException {
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

    /** What a broken content file looks like on the out-of-order screen: a drawing gone missing. */
    private static List<String> sampleProblems(Languages content) {
        Path regions = content.first().directory().resolve(content.first().language()).resolve(ContentLoader.REGIONS);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            var region = content.first().regions().get(i);
            lines.add(new Problem(regions.toString(), 12 + 7 * i, 59, "regions[" + i + "].illustration",
                    "file not found: " + content.first().illustrationPath(region)).toString());
        }
        return lines;
    }

    private static List<Screenshots.Shot> render(StaffFiles.Loaded files, Languages content, Size size)
            throws IOException {
        AtomicReference<List<Screenshots.Shot>> shots = new AtomicReference<>(new ArrayList<>());
        try {
            SwingUtilities.invokeAndWait(() -> {
                Theme.install();
                List<Screenshots.Shot> all = new ArrayList<>(Screenshots.take(content, files.config(),
                        new Illustrations(KioskApp.illustrationUrls(content.first())), size.width(), size.height()));
                all.addAll(OutOfOrderShots.take(OutOfOrderWords.of(content.first().language()),
                        sampleProblems(content), size.width(), size.height()));
                shots.set(all);
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
