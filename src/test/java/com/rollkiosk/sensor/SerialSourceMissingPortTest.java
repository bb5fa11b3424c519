package com.rollkiosk.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class SerialSourceMissingPortTest {

    @TempDir
    Path dir;

    @Test
    void missingPortIsReportedOnceAndRetriedForever() throws Exception {
        EventLog log = new EventLog();
        ContactTracker tracker = new ContactTracker(ContactTracker.settings(SerialSourcePtyTest.SETTINGS, null), log);
        String missing = dir.resolve("ttyACM9").toString();
        SerialSource source = new SerialSource(missing, SerialSourcePtyTest.SETTINGS, System::nanoTime, 400);
        try {
            source.start(log.listenerFor(tracker));
            log.awaitRetries(4);
        } finally {
            source.stop();
        }

        assertThat(log.all()).containsExactly("RECONNECTING no such port: " + missing);
    }
}
