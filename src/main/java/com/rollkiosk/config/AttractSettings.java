package com.rollkiosk.config;

/**
 * @param idleTimeoutSeconds no touch and no pressure for this long returns the kiosk to attract
 * @param cardPeriodSeconds  how long each region card shows while idle
 * @param finishedSeconds    how long the finished screen stays before attract
 */
public record AttractSettings(Integer idleTimeoutSeconds, Integer cardPeriodSeconds, Integer finishedSeconds) {

    public AttractSettings {
        idleTimeoutSeconds = idleTimeoutSeconds == null ? 60 : idleTimeoutSeconds;
        cardPeriodSeconds = cardPeriodSeconds == null ? 8 : cardPeriodSeconds;
        finishedSeconds = finishedSeconds == null ? 10 : finishedSeconds;
    }

    public static AttractSettings defaults() {
        return new AttractSettings(null, null, null);
    }
}
