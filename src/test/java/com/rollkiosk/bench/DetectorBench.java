package com.rollkiosk.bench;

import com.rollkiosk.config.SensorSettings;
import com.rollkiosk.domain.ContactChange;
import com.rollkiosk.domain.ContactDetector;
import com.rollkiosk.sensor.ContactTracker;
import com.rollkiosk.sensor.SimulatedRoller;

/** Contact detection on a realistic signal: a person getting on, shifting, rolling and getting off. */
final class DetectorBench {

    private static final long SAMPLE_NANOS = 20_000_000L;

    private DetectorBench() {
    }

    static void run() throws Exception {
        SensorSettings settings = SensorSettings.defaults();
        SimulatedRoller roller = SimulatedRoller.forSettings(settings, 7);
        int samples = 500_000;
        long[] values = new long[samples];
        int sessions = 0;
        for (int i = 0; i < samples; i++) {
            long t = i * SAMPLE_NANOS;
            switch (i % 1500) {
                case 100 -> {
                    roller.getOn(t);
                    sessions++;
                }
                case 500 -> roller.shiftWeight(t);
                case 700 -> roller.rollBackAndForth(t, 3000);
                case 1200 -> roller.getOff(t);
                default -> { }
            }
            values[i] = roller.value(t);
        }
        int[] contacts = new int[1];
        int simulated = sessions;
        double perSecond = Bench.median(3, 7, () -> {
            ContactDetector detector = new ContactDetector(ContactTracker.thresholds(settings));
            contacts[0] = 0;
            long start = System.nanoTime();
            for (int i = 0; i < samples; i++) {
                if (detector.feed(i * SAMPLE_NANOS, values[i]) == ContactChange.ON) {
                    contacts[0]++;
                }
            }
            return samples / ((System.nanoTime() - start) / 1e9);
        });
        Bench.report("contact detector", perSecond, "samples/s",
                contacts[0] + " presses found in " + simulated + " simulated sessions");
    }
}
