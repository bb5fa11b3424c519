package com.rollkiosk.app;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The kiosk as {@code java -jar} runs it, trying again every {@value #RETRY_SECONDS} s while out
 * of order instead of every minute. With {@link #THROW_WHILE} naming a file, building the window
 * throws on the event thread for as long as that file exists, as a screen with a bug would. Not a
 * test: tests start it in a process of its own.
 */
public final class OutOfOrderKiosk {

    static final String THROW_WHILE = "ROLLKIOSK_THROW_WHILE";
    /** Set: building the window never ends, as an event thread stuck in a deadlock would not. */
    static final String HANG = "ROLLKIOSK_HANG";
    static final int DEADLINE_SECONDS = 5;
    static final int RETRY_SECONDS = 3;

    private OutOfOrderKiosk() {
    }

    public static void main(String[] args) {
        System.setProperty(UnattendedStart.RETRY_SECONDS, Integer.toString(RETRY_SECONDS));
        KioskCommand kiosk = KioskCommand.plain(args, System.err).orElseThrow();
        String marker = System.getenv(THROW_WHILE);
        if (System.getenv(HANG) != null) {
            System.setProperty(UnattendedStart.START_DEADLINE, Integer.toString(DEADLINE_SECONDS));
            kiosk.whileBuilding = ui -> {
                try {
                    new java.util.concurrent.CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            };
        }
        if (marker != null) {
            kiosk.whileBuilding = ui -> {
                if (Files.exists(Path.of(marker))) {
                    throw new IllegalStateException("a screen threw while the window was built");
                }
            };
        }
        System.exit(Cli.call(kiosk));
    }
}
