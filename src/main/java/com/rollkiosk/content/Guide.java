package com.rollkiosk.content;

import java.util.List;

/**
 * The words around the routine: the method, the intensity choice, and the safety screens.
 * {@code {seconds}} in a text is replaced by the hold target from the config.
 *
 * @param tagline         the attract screen's headline
 * @param method          the method in a few short sentences
 * @param maximal         the strong, short choice (30 s at maximal pain tolerance)
 * @param minimal         the light, long choice (90 s at minimal pain tolerance)
 * @param contraindicationsIntro what the contraindication screen asks
 * @param oneApplies      the kind screen after "one of these applies"
 * @param finished        kind words for the end of a routine; one is shown
 * @param holdOnSensor    hold-screen prompt when a sensor is connected
 * @param holdByTouch     hold-screen prompt when working by touch
 * @param holdPaused      shown while a hold is paused
 * @param coachRolling    with a sensor, while the person rolls back and forth instead of holding
 * @param coachSteady     with a sensor, while the person holds still on the spot
 * @param countsOnContact with a sensor: the timer runs while someone is on the roller
 * @param countsWhenSteady with a sensor: the timer runs only while they hold still
 * @param pressure        the pressure gauge's label
 * @param switchSide      the prompt between sides
 * @param nextRegion      the prompt between regions
 */
public record Guide(String tagline, List<String> method, Intensity maximal, Intensity minimal,
                    String contraindicationsIntro, String oneApplies, List<String> finished,
                    String holdOnSensor, String holdByTouch, String holdPaused,
                    String coachRolling, String coachSteady, String countsOnContact, String countsWhenSteady,
                    String pressure, String switchSide, String nextRegion) {

    /** @param title short label, @param description one or two plain sentences */
    public record Intensity(String title, String description) {

        public String titleFor(int seconds) {
            return title.replace(SECONDS, Integer.toString(seconds));
        }

        public String descriptionFor(int seconds) {
            return description.replace(SECONDS, Integer.toString(seconds));
        }
    }

    /** Stands in a text for the hold target the config sets. */
    public static final String SECONDS = "{seconds}";
}
