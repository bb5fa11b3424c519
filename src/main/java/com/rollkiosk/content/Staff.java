package com.rollkiosk.content;

/**
 * The words of staff mode in one language: {@code staff.json}, one section per part of staff
 * mode. Kept apart from the runner's words so staff screens can grow without touching them.
 *
 * @param title       staff mode's title
 * @param calibration the roller calibration wizard
 * @param diagnostics the sensor's and the kiosk's health
 */
public record Staff(@Words(max = 30) String title,
                    Pin pin,
                    Menu menu,
                    Settings settings,
                    Statistics statistics,
                    CalibrationWords calibration,
                    DiagnosticsWords diagnostics) {

    /**
     * The PIN pad.
     *
     * @param checkingWithWait checking a try that, if wrong, earns a wait: that wait, counting down at once
     * @param howToSet with no PIN set: the command that sets one, shown as it is typed
     */
    public record Pin(@Words(max = 40) String title, @Words(max = 60) String prompt, @Words(max = 40) String wrong,
                      @Words(max = 40, needs = "seconds") String tryAgain, @Words(max = 40) String checking,
                      @Words(max = 70, needs = "seconds") String checkingWithWait,
                      @Words(max = 120) String noPin, @Words(max = 60) String howToSet,
                      @Words(max = 12) String ok, @Words(max = 12) String delete, @Words(max = 16) String cancel) {
    }

    /** Staff mode's frame around its sections: @param choose the content area before a section is chosen */
    public record Menu(@Words(max = 30) String leave, @Words(max = 60) String choose) {
    }

    /**
     * The settings section.
     *
     * @param seconds      a stepper's value, e.g. "30 s"
     * @param strongShorter why a save is refused: the strong hold must be the shorter one
     * @param savesTo      where a save goes
     * @param refused      the settings file was refused at start; the file in use and the problems follow
     */
    public record Settings(@Words(max = 24) String title, @Words(max = 40) String strongHold,
                           @Words(max = 40) String lightHold, @Words(max = 40) String idleTimeout,
                           @Words(max = 40) String cardPeriod, @Words(max = 12, needs = "seconds") String seconds,
                           @Words(max = 30) String sound, @Words(max = 30) String volume, @Words(max = 10) String on,
                           @Words(max = 10) String off, @Words(max = 30) String language,
                           @Words(max = 40) String routines, @Words(max = 40) String counting,
                           @Words(max = 24) String countContact, @Words(max = 24) String countSteady,
                           @Words(max = 20) String save, @Words(max = 30) String saving,
                           @Words(max = 60) String saved,
                           @Words(max = 60) String notSaved, @Words(max = 90) String strongShorter,
                           @Words(max = 60, needs = "file") String savesTo,
                           @Words(max = 120, needs = "file") String refused, @Words(max = 40) String metrics,
                           @Words(max = 24) String metricsLocal, @Words(max = 24) String metricsNetwork) {
    }

    /**
     * The statistics section: a chart of the last 30 days.
     *
     * @param dateFormat how a day is written under the chart, a java.time pattern, e.g. "d MMM"
     */
    public record Statistics(@Words(max = 24) String title, @Words(max = 40) String heading,
                             @Words(max = 30) String started, @Words(max = 30) String finished,
                             @Words(max = 30) String holds, @Words(max = 60) String none,
                             @Words(max = 60) String unreadable, @Words(max = 12) String dateFormat) {
    }
}
