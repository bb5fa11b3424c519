package com.rollkiosk.bench;

/**
 * Every benchmark, one figure per line; run by {@code .ci/bench}. Figures are printed, never
 * asserted: the tests check correctness, this shows speed. The last line is {@link Figures#json()}.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    interface Step {
        void run() throws Exception;
    }

    private static String[] only = {};

    /** With arguments, only the benchmarks whose names contain one of them run (for working on one). */
    public static void main(String[] args) throws Exception {
        only = args;
        long start = System.nanoTime();
        System.out.printf("RollKiosk benchmarks, Java %s, %d cores%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        step("line parser", LineParserBench::run);
        step("roller", DetectorBench::run);
        step("steadiness", SteadinessBench::run);
        step("loading", LoadBench::run);
        step("statistics", StatisticsBench::run);
        step("serial throughput", SerialBench::run);
        step("sensor latency", SensorLatencyBench::run);
        step("screen", ScreenBench::run);
        step("cold start", ColdStartBench::run);
        step("cpu and real-clock holds", CpuBench::run);
        step("simulated holds", HoldTimerBench::runSimulated);
        step("soak", SoakBench::run);
        step("metrics under 200 parallel scrapes", MetricsBench::run);
        System.out.printf("%nbenchmarks took %.0f s%n", (System.nanoTime() - start) / 1e9);
        System.out.println(Figures.json());
        // Swing and the forked kiosks' reapers may hold non-daemon threads; the figures are out.
        System.exit(0);
    }

    /** One benchmark; a failure is printed and leaves its figures at -1, and the rest still run. */
    private static void step(String name, Step step) {
        if (only.length > 0 && java.util.Arrays.stream(only).noneMatch(name::contains)) {
            return;
        }
        Bench.section(name);
        try {
            step.run();
        } catch (Exception | AssertionError e) {
            System.out.println("FAILED: " + name + ": " + e);
            e.printStackTrace(System.out);
        }
    }
}
