package com.rollkiosk.content;

import java.util.List;

/**
 * Every word on the kiosk's screens in one language, besides the regions, routines and
 * conditions: {@code guide.json}, one section per screen. Placeholders such as {@code {seconds}}
 * are filled in by the kiosk ({@link #fill}); {@link Words} says which a text must use and how long
 * it may be.
 *
 * @param language the language's name in itself, for the language button, e.g. "Deutsch"
 * @param back     the Back button on every screen that has one
 */
public record Guide(@Words(max = 20) String language, Idle idle, Safety safety, NotSafe notSafe, Choose choose,
                    Intensities intensity, Hold hold, Between between, EndQuestion endQuestion, Finished finished,
                    Sides sides,
                    SensorMarks sensor, @Words(max = 16) String back) {

    /** @param tagline the idle screen's headline; @param start its big button */
    public record Idle(@Words(max = 70) String tagline, @Words(max = 28) String start) {
    }

    /** The safety list: the question above it and the two answers. */
    public record Safety(@Words(max = 110) String question, @Words(max = 28) String noneApply,
                         @Words(max = 28) String oneApplies) {
    }

    /** The stop after "one of these applies": no hold, ask a professional. */
    public record NotSafe(@Words(max = 40) String title, @Words(max = 220) String message,
                          @Words(max = 28) String done) {
    }

    /** Choosing a routine or one area. */
    public record Choose(@Words(max = 50) String title, @Words(max = 40) String routines,
                         @Words(max = 40) String oneArea, @Words(max = 16) String oneAreaCount,
                         @Words(max = 16, needs = "count") String areaCount) {
    }

    /** The intensity choice: the method in a few sentences and the guide's two ways to hold. */
    public record Intensities(@Words(max = 40) String title, @Words(max = 90) List<String> method,
                              @Words(max = 16, needs = "seconds") String seconds, Intensity maximal,
                              Intensity minimal) {
    }

    /**
     * One way to hold.
     *
     * @param title       short label, e.g. "Strong and short"
     * @param description one or two plain sentences with {@code {seconds}}
     * @param onHold      what the hold screen says about it while holding, e.g. "Strong: as much as you can bear"
     */
    public record Intensity(@Words(max = 30) String title, @Words(max = 110, needs = "seconds") String description,
                            @Words(max = 50) String onHold) {

        public String descriptionFor(int seconds) {
            return fill(description, "seconds", seconds);
        }
    }

    /** A prompt that depends on how a region is rolled, sitting or lying, so it never tells a sitting runner to lie back. */
    public record Positioned(@Words(max = 60) String sitting, @Words(max = 60) String lying) {

        public String forPosition(String position) {
            return Region.SITTING.equals(position) ? sitting : lying;
        }
    }

    /**
     * The hold screen.
     *
     * @param step             e.g. "Step 3 of 18"
     * @param why              the label over the region's reason
     * @param onSensor         before a hold, with the roller sensor: get onto the roller
     * @param liftOff          the previous hold ended with the person still on the roller
     * @param byTouch          before a hold, by touch
     * @param getReady         a hold's get-ready, announcing that the timer starts by itself
     * @param paused           paused with the roller: getting back on carries on
     * @param pausedByTouch    paused by touch: a tap on the screen carries on
     * @param coachRolling     the roller feels rolling back and forth: the method wants stillness
     * @param coachSteady      the roller feels a still hold
     * @param countsOnContact  which counting rule is in force: any contact counts
     * @param countsWhenSteady which counting rule is in force: only a still hold counts
     * @param pressure         the pressure gauge's label
     * @param flash            the word over the whole screen when a hold completes
     */
    public record Hold(@Words(max = 32, needs = {"step", "steps"}) String step, @Words(max = 20) String why,
                       Positioned onSensor, Positioned liftOff, @Words(max = 60) String byTouch,
                       @Words(max = 60) String getReady, @Words(max = 60) String holding,
                       @Words(max = 60) String paused, @Words(max = 60) String pausedByTouch,
                       @Words(max = 20) String start, @Words(max = 20) String resume,
                       @Words(max = 20) String pause, @Words(max = 16) String skip, @Words(max = 20) String end,
                       Ring ring, @Words(max = 60) String coachRolling, @Words(max = 60) String coachSteady,
                       @Words(max = 60) String countsOnContact, @Words(max = 60) String countsWhenSteady,
                       @Words(max = 20) String pressure, @Words(max = 12) String flash) {
    }

    /** The word under the ring's digits, so colour is never the only signal. */
    public record Ring(@Words(max = 14) String waiting, @Words(max = 14) String getReady,
                       @Words(max = 14) String holding, @Words(max = 14) String lastSeconds,
                       @Words(max = 14) String paused, @Words(max = 14) String done) {
    }

    /** Between two holds; by touch, {@code movesOn} says the next hold comes by itself. */
    public record Between(@Words(max = 40) String switchSide, @Words(max = 40) String nextRegion,
                          @Words(max = 40, needs = "step") String done, @Words(max = 70) String movesOn,
                          @Words(max = 16) String next) {
    }

    /** Asked once before a routine ends; {@code keepGoing} is the large default. */
    public record EndQuestion(@Words(max = 60) String question, @Words(max = 24) String keepGoing,
                              @Words(max = 24) String end) {
    }

    /**
     * The end of a routine; one of the kind {@code words} is shown, or {@code thanks} (no praise)
     * when no hold was finished.
     */
    public record Finished(@Words(max = 50) List<String> words, @Words(max = 50) String thanks,
                           @Words(max = 30, needs = {"done", "total"}) String summary,
                           @Words(max = 30, needs = "done") String summaryOne, @Words(max = 90) String nothingHeld,
                           @Words(max = 28) String done) {
    }

    /** Sides: the big badge and the words in a line such as "Calves, left". */
    public record Sides(@Words(max = 10) String left, @Words(max = 10) String right,
                        @Words(max = 12) String leftName, @Words(max = 12) String rightName,
                        @Words(max = 24) String both, @Words(max = 40, needs = {"region", "side"}) String regionSide,
                        @Words(max = 60, needs = {"region", "sides"}) String regionSides) {
    }

    /** The corner mark for the roller sensor, and the development run's simulated roller. */
    public record SensorMarks(@Words(max = 36) String connected, @Words(max = 36) String reconnecting,
                              @Words(max = 36) String touchMode, @Words(max = 36) String unreadable,
                              @Words(max = 30) String simulatedOn, @Words(max = 30) String simulatedOff,
                              @Words(max = 24) String gaugeOn, @Words(max = 24) String gaugeOff) {
    }

    /** {@code text} with {@code {name}} replaced by each value, names and values alternating. */
    public static String fill(String text, Object... namesAndValues) {
        String out = text;
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            out = out.replace("{" + namesAndValues[i] + "}", String.valueOf(namesAndValues[i + 1]));
        }
        return out;
    }
}
