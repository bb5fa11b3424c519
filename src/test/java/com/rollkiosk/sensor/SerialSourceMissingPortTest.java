package com.rollkiosk.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A port that cannot be opened, for whatever reason, is reported once and retried forever. */
@Timeout(30)
class SerialSourceMissingPortTest {

    @TempDir
    Path dir;

    @Test
    void missingPortIsReportedOnceAndRetriedForever() throws Exception {
        String missing = dir.resolve("ttyACM9").toString();

        assertThat(eventsWhileRetrying(missing)).containsExactly("RECONNECTING no such port: " + missing);
    }

    /**
     * A runtime exception on the way to the port (from jSerialComm, or here from {@code Path.of},
     * which refuses a NUL with an unchecked InvalidPathException) is one more reason the port
     * cannot be read: it must not end the source and leave the kiosk on touch until a restart.
     */
    @Test
    void aRuntimeExceptionWhileOpeningIsRetriedWithBackoffAndNeverEndsTheSource() throws Exception {
        assertThat(eventsWhileRetrying("/dev/ttyACM\0")).hasSize(1).allSatisfy(e -> assertThat(e)
                .startsWith("RECONNECTING serial error: ").contains("InvalidPathException"));
    }

    /** What the kiosk hears from a source on {@code port} while it schedules four retries. */
    private static List<String> eventsWhileRetrying(String port) throws InterruptedException {
        EventLog log = new EventLog();
        ContactTracker tracker = new ContactTracker(ContactTracker.settings(SerialSourcePtyTest.SETTINGS, null), log);
        SerialSource source = new SerialSource(port, SerialSourcePtyTest.SETTINGS, System::nanoTime, 400);
        try {
            source.start(log.listenerFor(tracker));
            log.awaitRetries(4);
        } finally {
            source.stop();
        }
        return log.all();
    }
}
