package com.rollkiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The classifier fed bin by bin on sample time in ms, with a loaded level of 1000 and no noise, so
 * the steady band is 80 and every verdict can be worked out by hand.
 */
class SteadinessClassifierTest {

    private static final long MS = 1_000_000L;
    private static final double LOADED = 1000;
    private final SteadinessClassifier classifier = new SteadinessClassifier();
    private final List<String> verdicts = new ArrayList<>();
    private long nextMs;

    /** One sample per 100 ms bin at each level; a verdict is noted at the time of the sample that closed its bin. */
    private void bins(double... levels) {
        for (double level : levels) {
            sample(nextMs, level);
            nextMs += 100;
        }
    }

    private void sample(long ms, double load) {
        Steadiness s = classifier.feed(ms * MS, load, LOADED, 0);
        if (s != null) {
            verdicts.add(ms + " " + s);
        }
    }

    private static double[] times(int n, double level) {
        double[] levels = new double[n];
        java.util.Arrays.fill(levels, level);
        return levels;
    }

    @Test
    void theBandIsAShareOfTheLoadOrFourNoiseWidthsWhicheverIsWider() {
        assertThat(SteadinessClassifier.band(1000, 0)).isEqualTo(80);
        assertThat(SteadinessClassifier.band(-1000, 0)).as("a load cell wired the other way").isEqualTo(80);
        assertThat(SteadinessClassifier.band(1000, 25)).isEqualTo(100);
    }

    @Test
    void theFirstVerdictComesAfterFiveBinsAndNeedsNoConfirming() {
        bins(times(5, 1000));
        assertThat(verdicts).as("the fifth bin is still open").isEmpty();

        bins(1000);
        assertThat(verdicts).containsExactly("500 STEADY");
        assertThat(classifier.current()).isEqualTo(Steadiness.STEADY);
    }

    @Test
    void aSpreadOfExactlyTheBandIsSteadyAndMoreIsNot() {
        bins(1000, 1000, 1080, 1080, 1080, 1080);
        assertThat(verdicts).containsExactly("500 STEADY");

        classifier.reset();
        verdicts.clear();
        nextMs = 10_000;
        bins(1000, 1000, 1081, 1081, 1081, 1081);
        assertThat(verdicts).containsExactly("10500 SHIFTING");
    }

    @Test
    void whileTheLoadStillRisesByMoreThanHalfTheBandPerBinTheCountStartsAgain() {
        // A rise of 40 a bin is settled: judged from the first bin.
        bins(1000, 1040, 1040, 1040, 1040, 1040);
        assertThat(verdicts).containsExactly("500 STEADY");

        classifier.reset();
        verdicts.clear();
        nextMs = 10_000;
        // A rise of 41 is still getting on: the first bin is dropped and the verdict comes a bin later.
        bins(1000, 1041, 1041, 1041, 1041, 1041);
        assertThat(verdicts).isEmpty();
        bins(1041);
        assertThat(verdicts).containsExactly("10600 STEADY");
    }

    @Test
    void climbingIsOnlyJudgedWhileGettingOn() {
        bins(times(6, 1000));
        // Rises after the first verdict no longer restart the count: the shift is confirmed on its third bin.
        bins(1100, 1200, 1300, 1300);
        assertThat(verdicts).containsExactly("500 STEADY", "900 SHIFTING");
    }

    @Test
    void aNewClassMustHoldForThreeBinsAndThenIsKeptUntilTheWindowIsSteadyAgain() {
        bins(times(6, 1000));
        bins(1200, 1200, 1200);
        assertThat(verdicts).as("two closed bins of a shift are not yet a change").containsExactly("500 STEADY");

        bins(1200);
        assertThat(verdicts).containsExactly("500 STEADY", "900 SHIFTING");
        assertThat(classifier.current()).isEqualTo(Steadiness.SHIFTING);

        // The last 1000 leaves the ten-bin window with the bin closed at 1600; steady is confirmed two bins on.
        bins(times(9, 1200));
        assertThat(verdicts).containsExactly("500 STEADY", "900 SHIFTING", "1800 STEADY");
    }

    @Test
    void binsWithManySamplesAndBinsWithOneAreAveragedAlike() {
        for (long ms = 0; ms < 600; ms += 100) {
            sample(ms, 1000);
            if (ms % 200 == 0) {
                sample(ms + 10, 950);
                sample(ms + 20, 1050);
            }
        }
        sample(600, 1000);

        assertThat(verdicts).containsExactly("500 STEADY");
    }

    @Test
    void aSlowSensorsMissingBinsRepeatItsLastLevel() {
        sample(0, 1000);
        sample(300, 1000);
        assertThat(verdicts).isEmpty();
        sample(600, 1000);
        assertThat(verdicts).as("bins 3 to 5 closed by this sample make five").containsExactly("600 STEADY");
    }

    @Test
    void aGapOfASecondIsFilledAndALongerOneStartsAfresh() {
        bins(times(6, 1000));
        sample(1500, 1000);
        assertThat(classifier.current()).as("ten missing bins").isEqualTo(Steadiness.STEADY);

        sample(2600, 1000);
        assertThat(classifier.current()).as("eleven missing bins").isNull();
        assertThat(verdicts).containsExactly("500 STEADY");
    }

    // In these, the bin opened at 600 ms is the first to move; a turn is dated at the end of the bin that
    // made it. The move itself is confirmed as a shift by the bin closed at 900 ms, before any rolling.

    @Test
    void threeTurnsWithinTheWindowAreRolling() {
        bins(times(6, 1000));
        // Turns at 800, 900 and 1000 ms: quick, but three.
        bins(1100, 1000, 1100, 1000, 1100, 1000, 1000);
        assertThat(verdicts).containsExactly("500 STEADY", "900 SHIFTING", "1200 ROLLING");
    }

    @Test
    void twoTurnsAreRollingWhenAtLeastFourHundredMsApart() {
        bins(times(6, 1000));
        // Turns at 800 (back to 1000) and 1200 (up to 1100 again).
        bins(1100, 1000, 1000, 1000, 1000, 1100, 1100, 1100, 1100);
        assertThat(verdicts).containsExactly("500 STEADY", "900 SHIFTING", "1400 ROLLING");
    }

    @Test
    void twoTurnsCloseTogetherAreADipNotRolling() {
        bins(times(6, 1000));
        // Turns at 800 and 1100: 300 ms apart.
        bins(1100, 1000, 1000, 1000, 1100, 1100, 1100, 1100);
        assertThat(verdicts).containsExactly("500 STEADY", "900 SHIFTING");
    }

    @Test
    void aMoveBackByNoMoreThanTheBandIsNoTurn() {
        bins(times(6, 1000));
        bins(1100, 1020, 1100, 1020, 1100, 1020, 1100, 1020);
        assertThat(verdicts).containsExactly("500 STEADY", "900 SHIFTING");
    }

    @Test
    void aFirstMoveDownwardCountsTurnsToo() {
        bins(times(6, 1000));
        bins(900, 1000, 900, 1000, 900, 1000, 1000);
        assertThat(verdicts).containsExactly("500 STEADY", "900 SHIFTING", "1200 ROLLING");
    }

    @Test
    void turnsOlderThanTheRollingWindowNoLongerCount() {
        bins(times(6, 1000));
        bins(1100, 1000, 1100, 1000, 1100, 1000, 1000);
        // Still long enough for the turns to age out, then one step up: a shift, not rolling again.
        bins(times(30, 1000));
        bins(1200, 1200, 1200, 1200, 1200);
        assertThat(verdicts).containsExactly("500 STEADY", "900 SHIFTING", "1200 ROLLING", "2300 STEADY",
                "4600 SHIFTING");
    }

    @Test
    void aTurnExactlyTheRollingWindowOldStillCounts() {
        bins(times(6, 1000));
        // Turns at 800, 900 and 1000, then a slow slide on down: no turn, and never steady.
        bins(1100, 1000, 1100, 1000);
        for (int i = 1; i <= 24; i++) {
            bins(1000 - 10 * i);
        }
        // The bin ending at 3000 still counts the turn at 800; from the one ending at 3100, two quick turns
        // are left, and the shift is confirmed by the bin ending at 3300, closed by the sample at 3300.
        assertThat(verdicts).containsExactly("500 STEADY", "900 SHIFTING", "1200 ROLLING", "3300 SHIFTING");
    }

    @Test
    void aFirstRiseOfExactlyTheBandSetsNoDirection() {
        bins(times(6, 1000));
        // 1080 is no move yet, so 920 is the first move (down), and the turns are at 1000 and 1100 only.
        bins(1080, 1000, 920, 1010, 920, 920, 920, 920);
        assertThat(verdicts).containsExactly("500 STEADY", "1100 SHIFTING");
    }

    @Test
    void aFirstFallOfExactlyTheBandSetsNoDirection() {
        bins(times(6, 1000));
        bins(920, 1000, 1080, 990, 1080, 1080, 1080, 1080);
        assertThat(verdicts).containsExactly("500 STEADY", "1100 SHIFTING");
    }

    @Test
    void resetForgetsTheVerdict() {
        bins(times(6, 1000));
        classifier.reset();

        assertThat(classifier.current()).isNull();
        bins(times(5, 1000));
        assertThat(verdicts).as("five more bins are needed").containsExactly("500 STEADY");
    }
}
