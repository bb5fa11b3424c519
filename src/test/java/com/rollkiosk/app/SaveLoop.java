package com.rollkiosk.app;

import com.rollkiosk.json.AtomicFiles;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A child process for {@link SaveKillReliabilityTest}: saves into the file named by its first
 * argument, forever, cycling through the files named after it (settings or calibrations of
 * different lengths) as their savers do, through {@link AtomicFiles}, and prints the count after
 * each save, until it is killed. Only {@link AtomicFiles} is loaded, so a child starts in a
 * fraction of a second and 100 kills fit in a test run.
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        byte[][] variants = new byte[args.length - 1][];
        for (int v = 0; v < variants.length; v++) {
            variants[v] = Files.readAllBytes(Path.of(args[v + 1]));
        }
        for (int i = 1; ; i++) {
            AtomicFiles.write(file, variants[i % variants.length]);
            System.out.println(i);
            System.out.flush();
        }
    }
}
