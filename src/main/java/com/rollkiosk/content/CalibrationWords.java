package com.rollkiosk.content;

/**
 * Staff mode's roller calibration wizard, by touch: {@code staff.json}'s {@code calibration}.
 *
 * @param title          the menu button and the section's heading
 * @param noSensor       said instead of the steps when no roller sensor is connected
 * @param emptyStep      step 1's instruction
 * @param emptyHint      what step 1 needs, under it
 * @param measure        the button that measures the empty roller
 * @param measuringEmpty while the empty roller is measured
 * @param loadedStep     step 2's instruction
 * @param loadedHint     what step 2 needs: press first, then lie down
 * @param start          the button that starts step 2
 * @param waitingForLoad step 2 pressed, nobody on yet
 * @param settling       someone got on: a moment before measuring
 * @param measuringLoaded while the loaded roller is measured
 * @param testStep       the test step's question
 * @param testHint       how to read the test
 * @param levels         the levels measured and derived, in the sensor's units
 * @param gauge          the gauge's label
 * @param markOn         under the gauge's bold mark: where contact starts
 * @param markOff        under its thin mark: where contact ends
 * @param contact        under the gauge while the new levels see someone
 * @param noContact      under the gauge while they see nobody
 * @param save           the button that saves
 * @param again          the button that starts over
 * @param saving         while the save is under way
 * @param saved          after saving
 * @param saveFailed     saving failed; the old calibration stays
 * @param refused        a calibration that was refused; the old one stays
 * @param because        why it was refused, one sentence per reason
 */
public record CalibrationWords(@Words(max = 30) String title, @Words(max = 130) String noSensor,
                               @Words(max = 60) String emptyStep, @Words(max = 110) String emptyHint,
                               @Words(max = 24) String measure, @Words(max = 80) String measuringEmpty,
                               @Words(max = 60) String loadedStep, @Words(max = 110) String loadedHint,
                               @Words(max = 24) String start, @Words(max = 80) String waitingForLoad,
                               @Words(max = 80) String settling, @Words(max = 80) String measuringLoaded,
                               @Words(max = 60) String testStep, @Words(max = 130) String testHint,
                               @Words(max = 140, needs = {"empty", "noise", "loaded", "on", "off"}) String levels,
                               @Words(max = 40) String gauge, @Words(max = 24) String markOn,
                               @Words(max = 24) String markOff, @Words(max = 24) String contact,
                               @Words(max = 24) String noContact, @Words(max = 24) String save,
                               @Words(max = 24) String again, @Words(max = 40) String saving,
                               @Words(max = 90) String saved,
                               @Words(max = 130, needs = "reason") String saveFailed,
                               @Words(max = 90) String refused, Because because) {

    /** One sentence a member of staff can act on, for each reason a calibration is refused. */
    public record Because(@Words(max = 120) String tooFewEmpty, @Words(max = 120) String tooFewLoaded,
                          @Words(max = 120) String notNumbers, @Words(max = 160) String cannotTellApart,
                          @Words(max = 120) String notStill) {
    }
}
