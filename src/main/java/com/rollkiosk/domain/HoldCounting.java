package com.rollkiosk.domain;

/** When the hold timer runs while a sensor is connected: config {@code hold.countOnly}. */
public enum HoldCounting {
    /** While someone is on the roller. */
    CONTACT,
    /** Only while they hold still on it: rolling and shifting pause the timer. */
    STEADY
}
