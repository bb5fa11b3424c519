package com.rollkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.rollkiosk.domain.Screen;
import com.rollkiosk.ui.Edt;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data folder that cannot be written leaves the kiosk running, and says so for diagnostics. */
class UnwritableDataKioskTest {

    @TempDir
    Path tmp;

    @Test
    void theKioskRunsWithoutItsLogAndReportsTheFailure() throws Exception {
        Path notAFolder = Files.writeString(tmp.resolve("data"), "a file where the folder should be");
        KioskApp app = KioskApp.launch(new KioskCommand()
                .settings(new String[] {"--windowed", "--sensor", "none", "--data", notAFolder.toString()}));
        try {
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!Edt.call(() -> app.ui() != null && app.ui().showing() == Screen.ATTRACT)) {
                assertThat(System.nanoTime()).as("attract screen within 10 s").isLessThan(deadline);
                Thread.onSpinWait();
            }
            assertThat(app.loggingFailure()).isPresent();
        } finally {
            app.close();
        }
    }
}
