package com.rollkiosk.content;

/**
 * What the staff commands print for a person at the console, in one language:
 * {@code console.json}. Machine-readable output (CSV headers, JSON keys, the
 * {@code FILE:LINE:COLUMN: FIELD: message} problem lines) is a contract and stays in code; these
 * are the sentences around it. The command's name before each line ("set-pin: ") is not a word.
 */
public record ConsoleWords(SetPin setPin, Stats stats, Calibrate calibrate) {

    /** {@code set-pin}: asking twice, what the pad cannot type, and the outcome. */
    public record SetPin(@Words(max = 40) String prompt, @Words(max = 40) String again,
                         @Words(max = 80) String notTwice, @Words(max = 80) String differ,
                         @Words(max = 100) String notDigits, @Words(max = 80, needs = "min") String tooShort,
                         @Words(max = 80, needs = "max") String tooLong,
                         @Words(max = 60, needs = "problem") String nothingSaved,
                         @Words(max = 100, needs = "file") String saved,
                         @Words(max = 100, needs = "reason") String cannotSave) {
    }

    /** {@code stats}: what went wrong around the CSV. */
    public record Stats(@Words(max = 80, needs = {"from", "to"}) String fromAfterTo,
                        @Words(max = 80, needs = "folder") String noLog,
                        @Words(max = 80, needs = {"file", "reason"}) String cannotRead,
                        @Words(max = 120, needs = "count") String skipped) {
    }

    /** {@code calibrate}: the steps, the levels found, and why nothing was saved. */
    public record Calibrate(@Words(max = 60, needs = "sensor") String calibrating,
                            @Words(max = 60) String leaveEmpty, @Words(max = 60) String pressEnter,
                            @Words(max = 80, needs = "seconds") String measuringEmpty,
                            @Words(max = 60) String lieStill, @Words(max = 60) String waitingForLoad,
                            @Words(max = 80, needs = "seconds") String measuringLoaded,
                            @Words(max = 30) String emptyLevel, @Words(max = 30) String noise,
                            @Words(max = 30) String loadedLevel, @Words(max = 30) String onThreshold,
                            @Words(max = 30) String offThreshold, @Words(max = 30) String fromEmpty,
                            @Words(max = 60, needs = "file") String saved,
                            @Words(max = 100, needs = "reason") String notCalibrated,
                            @Words(max = 80) String noSensor, @Words(max = 60) String stopped,
                            @Words(max = 80, needs = "count") String tooFewEmpty,
                            @Words(max = 80, needs = {"file", "reason"}) String cannotSave) {
    }
}
