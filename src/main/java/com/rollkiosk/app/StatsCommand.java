package com.rollkiosk.app;

import com.rollkiosk.content.ConsoleWords;
import com.rollkiosk.content.Guide;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code stats [--data DIR] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--by region]}: the activity
 * log counted per day, as CSV on stdout, for staff and their spreadsheets.
 */
@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Counts the activity log per day (the kiosk's local dates) and prints CSV: "
                + ActivityStats.HEADER + ", one row per day with activity.")
final class StatsCommand extends StreamCommand {

    /** The one grouping besides days. */
    enum By { region }

    @Mixin
    private StaffOptions.Data data;
    @Mixin
    private StaffOptions.Lang lang;
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "the first day counted")
    private LocalDate from;
    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "the last day counted")
    private LocalDate to;
    @Option(names = "--by", paramLabel = "region", description = "print " + ActivityStats.REGION_HEADER + " instead")
    private By by;

    private final ZoneId zone;

    StatsCommand(PrintStream out, PrintStream err) {
        this(out, err, ZoneId.systemDefault());
    }

    /** For tests: the zone that decides which day an event falls on. */
    StatsCommand(PrintStream out, PrintStream err, ZoneId zone) {
        super(out, err);
        this.zone = zone;
    }

    @Override
    public Integer call() {
        ConsoleWords.Stats words = lang.words(java.util.Optional.empty()).stats();
        if (from != null && to != null && from.isAfter(to)) {
            err.println("stats: " + Guide.fill(words.fromAfterTo(), "from", from, "to", to));
            return Cli.BAD_INPUT;
        }
        Path folder = StaffFiles.data(data.dir()).path();
        ActivityStats stats = new ActivityStats(zone, from, to);
        List<Path> logs = ActivityLog.files(folder);
        if (logs.isEmpty()) {
            err.println("stats: " + Guide.fill(words.noLog(), "folder", folder));
        }
        Path current = folder.resolve(ActivityLog.FILE);
        LogSummaries summaries = new LogSummaries();
        for (Path log : logs) {
            try {
                if (log.equals(current)) {
                    stats.read(log);
                } else {
                    // A rotated file never changes: its counts come from its summary, made at the first read.
                    stats.include(summaries.counts(log, zone));
                }
            } catch (NoSuchFileException e) {
                // Deleted by the kiosk's rotation since the folder was listed: no longer part of the log.
            } catch (IOException e) {
                err.println("stats: " + Guide.fill(words.cannotRead(), "file", log, "reason", e.getMessage()));
                return Cli.BAD_INPUT;
            }
        }
        if (by == By.region) {
            out.println(ActivityStats.REGION_HEADER);
            stats.regionRows().forEach(out::println);
        } else {
            out.println(ActivityStats.HEADER);
            stats.days().forEach(day -> out.println(day.csv()));
        }
        if (stats.skipped() > 0) {
            err.println("stats: " + Guide.fill(words.skipped(), "count", stats.skipped()));
        }
        out.flush();
        return Cli.OK;
    }

    /** A date as staff type it, with a message that says the form when it is not one. */
    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("must be a date YYYY-MM-DD, was '" + value + "'");
            }
        }
    }
}
