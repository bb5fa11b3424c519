package com.rollkiosk.bench;

/**
 * Every benchmark, one figure per line; run by {@code .ci/bench}. Figures are printed, never
 * asserted: the tests check correctness, this shows speed.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("RollKiosk benchmarks, Java %s, %d cores%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        LineParserBench.run();
        DetectorBench.run();
        SteadinessBench.run();
        LoadBench.run();
        SerialBench.run();
    }
}
