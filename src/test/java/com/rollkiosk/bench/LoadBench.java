package com.rollkiosk.bench;

import com.rollkiosk.config.ConfigLoader;
import com.rollkiosk.content.ContentLoader;
import java.nio.file.Path;

/** Reading and checking the shipped config and content: what the kiosk and {@code check} do at start. */
final class LoadBench {

    private LoadBench() {
    }

    static void run() throws Exception {
        Path config = Path.of("config/kiosk.json");
        Path content = Path.of("content");
        long start = System.nanoTime();
        ConfigLoader.load(config);
        ContentLoader.load(content, "en");
        double firstMs = (System.nanoTime() - start) / 1e6;
        double warmMs = Bench.median(20, 31, () -> {
            long t = System.nanoTime();
            ConfigLoader.load(config);
            ContentLoader.load(content, "en");
            return (System.nanoTime() - t) / 1e6;
        });
        Bench.report("load + check, first in JVM", firstMs, "ms", "includes class loading");
        Bench.report("load + check, warm", warmMs, "ms", "median of 31");
    }
}
