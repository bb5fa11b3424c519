package com.rollkiosk.config;

/**
 * Hold targets from the method: 30 s at maximal pain tolerance or 90 s at minimal.
 *
 * @param maximalSeconds   hold length at the most pressure a person can bear
 * @param minimalSeconds   hold length at light pressure
 * @param getReadySeconds  countdown before a touch-started hold, so a person can get onto the roller
 * @param warningSeconds   the last seconds of a hold are signalled (colour and a cue)
 * @param switchSideSeconds how long the switch-side prompt shows before the next hold follows by itself
 * @param countOnly        with a sensor: {@code contact} (the timer runs while someone is on the roller) or
 *                         {@code steady} (only while they hold still on it)
 */
public record HoldSettings(Integer maximalSeconds, Integer minimalSeconds, Integer getReadySeconds,
                           Integer warningSeconds, Integer switchSideSeconds, String countOnly) {

    public static final String COUNT_CONTACT = "contact";
    public static final String COUNT_STEADY = "steady";

    public HoldSettings {
        maximalSeconds = maximalSeconds == null ? 30 : maximalSeconds;
        minimalSeconds = minimalSeconds == null ? 90 : minimalSeconds;
        getReadySeconds = getReadySeconds == null ? 10 : getReadySeconds;
        warningSeconds = warningSeconds == null ? 10 : warningSeconds;
        switchSideSeconds = switchSideSeconds == null ? 5 : switchSideSeconds;
        countOnly = countOnly == null ? COUNT_CONTACT : countOnly;
    }

    public static HoldSettings defaults() {
        return new HoldSettings(null, null, null, null, null, null);
    }
}
