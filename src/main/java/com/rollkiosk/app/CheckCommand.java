package com.rollkiosk.app;

import com.rollkiosk.config.KioskConfig;
import com.rollkiosk.content.Content;
import com.rollkiosk.content.Languages;
import com.rollkiosk.json.Problems;
import java.io.PrintStream;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code check [--config FILE] [--content DIR]}: what staff run after editing a file. Prints a
 * one-line summary and exits 0, or every problem as {@code FILE:LINE:COLUMN: FIELD: message} and
 * exits 2.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Checks the settings and the content: a one-line summary (exit 0), or every problem as "
                + "FILE:LINE:COLUMN: FIELD: message (exit 2).")
final class CheckCommand extends StreamCommand {

    @Mixin
    private StaffOptions.Config configOption;
    @Mixin
    private StaffOptions.Content contentOption;

    CheckCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    public Integer call() {
        StaffFiles files = StaffFiles.besideTheJar();
        StaffFiles.Found configFile = files.config(configOption.file());
        StaffFiles.Found contentDir = files.content(contentOption.dir());

        Problems problems = new Problems();
        Optional<StaffFiles.Loaded> loaded = StaffFiles.check(configFile.path(), contentDir.path(), problems);
        loaded.ifPresent(l -> MetricsCheck.listen(configFile.path(), l.config().metrics(), problems));
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
        return Cli.OK;
    }
}
