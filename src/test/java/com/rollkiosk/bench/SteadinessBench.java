package com.rollkiosk.bench;

import com.rollkiosk.domain.Steadiness;
import com.rollkiosk.domain.SteadinessClassifier;
import java.util.Random;

/**
 * The steadiness classifier alone, per sample, at a fast and a slow sensor's rate: at 1 kHz most
 * samples only add to the open bin; at 10 Hz every sample closes a bin and runs the verdict.
 */
final class SteadinessBench {

    private SteadinessBench() {
    }

    static void run() throws Exception {
        measure(1000);
        measure(10);
    }

    private static void measure(int rateHz) throws Exception {
        int samples = 2_000_000;
        double[] load = new double[samples];
        Random random = new Random(3);
        for (int i = 0; i < samples; i++) {
            double s = (double) i / rateHz;
            // Alternating 20 s of holding and 20 s of rolling at 1 Hz, with noise.
            boolean rolling = (int) (s / 20) % 2 == 1;
            load[i] = 600 * (1 + (rolling ? 0.25 * Math.sin(2 * Math.PI * s) : 0.015 * Math.sin(1.6 * s)))
                    + random.nextGaussian() * 2;
        }
        long period = 1_000_000_000L / rateHz;
        int[] verdicts = new int[1];
        double perSecond = Bench.median(2, 5, () -> {
            SteadinessClassifier classifier = new SteadinessClassifier();
            verdicts[0] = 0;
            long start = System.nanoTime();
            for (int i = 0; i < samples; i++) {
                Steadiness s = classifier.feed(i * period, load[i], 600, 2);
                if (s != null) {
                    verdicts[0]++;
                }
            }
            return samples / ((System.nanoTime() - start) / 1e9);
        });
        Bench.report("steadiness classifier, " + rateHz + " Hz", perSecond, "samples/s",
                String.format("%.1f ns/sample; %d changes of verdict", 1e9 / perSecond, verdicts[0]));
    }
}
