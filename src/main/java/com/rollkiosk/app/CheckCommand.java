package com.rollkiosk.app;

import com.rollkiosk.config.KioskConfig;
import com.rollkiosk.content.Content;
import com.rollkiosk.content.Languages;
import com.rollkiosk.json.Problems;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * {@code check [--config FILE] [--content DIR]}: what staff run after editing a file. Prints a
 * one-line summary and exits 0, or every problem as {@code FILE:LINE:COLUMN: FIELD: message} and
 * exits 2.
 */
final class CheckCommand implements Command {

    private final PrintStream out;
    private final PrintStream err;

    CheckCommand() {
        this(System.out, System.err);
    }

    CheckCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public int run(String[] args) {
        Options options;
        try {
            options = Options.parse(args, Set.of("--config", "--content"), Set.of());
        } catch (Options.UsageException e) {
            err.println("check: " + e.getMessage());
            err.println("usage: java -jar rollkiosk.jar check [--config FILE] [--content DIR]");
            return 2;
        }
        Path configFile = Path.of(options.value("--config", StaffFiles.DEFAULT_CONFIG));
        Path contentDir = Path.of(options.value("--content", StaffFiles.DEFAULT_CONTENT));

        Problems problems = new Problems();
        Optional<StaffFiles.Loaded> loaded = StaffFiles.check(Optional.of(configFile), contentDir, problems);
        if (!problems.isEmpty()) {
            return StaffFiles.report(problems.all(), "check", out, err);
        }
        Languages languages = loaded.orElseThrow().content();
        KioskConfig config = loaded.orElseThrow().config();
        Content c = languages.first();
        out.printf("ok: languages %s; %d regions, %d contraindications, %d routines (+%d single-region); config %s,"
                        + " content %s, hold %d s / %d s%n",
                String.join(", ", languages.codes()), c.regions().size(), c.contraindications().size(),
                c.routines().size(), c.regions().size(), configFile, contentDir, config.hold().maximalSeconds(),
                config.hold().minimalSeconds());
        return 0;
    }
}
