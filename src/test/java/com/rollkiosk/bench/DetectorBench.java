package com.rollkiosk.bench;

import com.rollkiosk.config.SensorSettings;
import com.rollkiosk.domain.Roller;
import com.rollkiosk.domain.Steadiness;
import com.rollkiosk.sensor.ContactTracker;
import com.rollkiosk.sensor.SimulatedRoller;

/**
 * The roller's per-sample work (automatic zero, contact, steadiness) on a realistic signal: a
 * person getting on, shifting, rolling and getting off.
 */
final class DetectorBench {

    private static final long SAMPLE_NANOS = 20_000_000L;

    private DetectorBench() {
    }

    static void run() throws Exception {
        SensorSettings settings = SensorSettings.defaults();
        SimulatedRoller roller = SimulatedRoller.forSettings(settings, 7);
        int samples = 500_000;
        double[] values = new double[samples];
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
        int[] rolling = new int[1];
        Roller.Events counter = new Roller.Events() {
            @Override
            public void contactOn(long tNanos, double value) {
                contacts[0]++;
            }

            @Override
            public void contactOff(long tNanos, double value) {
            }

            @Override
            public void steadiness(long tNanos, Steadiness steadiness) {
                if (steadiness == Steadiness.ROLLING) {
                    rolling[0]++;
                }
            }
        };
        int simulated = sessions;
        double perSecond = Bench.median(3, 7, () -> {
            Roller judge = new Roller(ContactTracker.settings(settings, null));
            contacts[0] = 0;
            rolling[0] = 0;
            long start = System.nanoTime();
            for (int i = 0; i < samples; i++) {
                judge.feed(i * SAMPLE_NANOS, values[i], counter);
            }
            return samples / ((System.nanoTime() - start) / 1e9);
        });
        Bench.report("roller (zero, contact, steadiness)", perSecond, "samples/s",
                String.format("%.1f ns/sample; %d presses and %d rolling spells found in %d simulated sessions",
                        1e9 / perSecond, contacts[0], rolling[0], simulated));
    }
}
