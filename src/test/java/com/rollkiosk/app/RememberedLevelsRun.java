package com.rollkiosk.app;

import com.rollkiosk.domain.SensorStatus;
import com.rollkiosk.sensor.ContactTracker;
import com.rollkiosk.sensor.Socat;
import com.rollkiosk.sensor.field.BoardEmulator;
import com.rollkiosk.sensor.field.EmulatedClock;
import com.rollkiosk.sensor.field.FieldTimeline;
import com.rollkiosk.sensor.field.LineFormat;
import com.rollkiosk.sensor.field.Person;
import com.rollkiosk.sensor.field.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * The kiosk as staff start it ({@code --windowed --sensor serial:PTY --data DIR}), run twice on one
 * data folder with the same roller: the first run sees the empty roller and a person; the second
 * starts with somebody already on the roller, and must see them from their first second, from the
 * levels the first run remembered ({@value #LEVELS_FILE} in the data folder). Real time throughout:
 * the kiosk reads its own clock; the board's clock only stamps the truth and the contact changes.
 */
final class RememberedLevelsRun {

    static final String LEVELS_FILE = "roller-levels.json";
    static final String SCENARIO = "restart with the data folder kept";

    /** The first run's and the second run's timelines, and whether the levels file was there between. */
    record Outcome(FieldTimeline first, FieldTimeline second, boolean levelsFileWritten) {
    }

    private RememberedLevelsRun() {
    }

    static Scenario firstRun(Random r, Person person) {
        return Scenario.named(SCENARIO + " (first run)")
                // Longer than the library example's start, so that its tare sees the roller empty.
                .phase("empty", 8)
                .getOn(person).phase("person on", 3)
                .getOff().phase("empty again", 5)
                .build();
    }

    static Scenario secondRun(Person person) {
        return Scenario.named(SCENARIO)
                .getOn(person).phase("on at connect, levels remembered", 4)
                .getOff().phase("empty", 3)
                .build();
    }

    static Outcome play(LineFormat format, long seed, Path dir) throws Exception {
        Random r = new Random(seed);
        Person person = Person.weighing(20 + 25 * r.nextDouble(), r);
        Path data = Files.createDirectories(dir.resolve("data"));
        try (Socat socat = Socat.start(Files.createDirectories(dir.resolve("pty")))) {
            FieldTimeline first = once(firstRun(r, person), format, seed, socat, data);
            boolean written = Files.isRegularFile(data.resolve(LEVELS_FILE));
            FieldTimeline second = once(secondRun(person), format, seed, socat, data);
            return new Outcome(first, second, written);
        }
    }

    /** One start of the kiosk, the board played through it, and a close. */
    private static FieldTimeline once(Scenario scenario, LineFormat format, long seed, Socat socat, Path data)
            throws Exception {
        EmulatedClock clock = new EmulatedClock();
        // The same seed: the same sensor, with its own empty level and noise, on both runs.
        BoardEmulator board = new BoardEmulator(scenario, format, seed, socat, clock);
        KioskApp app = KioskApp.launch(new KioskCommand().settings(new String[] {
            "--windowed", "--sensor", "serial:" + socat.deviceEnd(), "--data", data.toString()}));
        try {
            AppWindow.waitFor(() -> app.sensor() != null);
            ContactTracker tracker = AppWindow.onEdt(() -> app.sensor().tracker());
            boolean[] last = {false};
            tracker.tap((t, v) -> {
                board.readingReceived();
                boolean on = tracker.state().contact();
                if (on != last[0]) {
                    last[0] = on;
                    board.timeline().contact(clock.nanoTime(), on);
                }
            });
            AppWindow.waitFor(() -> tracker.link().status() == SensorStatus.CONNECTED);
            board.kioskReading(true);
            board.portOpened();
            return board.play();
        } finally {
            app.close();
        }
    }
}
