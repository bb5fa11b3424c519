package com.rollkiosk.domain;

/**
 * How someone on the roller is loading it, over the last second or two. The method is the hold:
 * slow, sustained pressure on one tender spot; rolling back and forth is a different thing.
 */
public enum Steadiness {
    /** Sustained pressure: the load stays within a narrow band. */
    STEADY,
    /** The load swings back and forth, as it does when a person rolls along the muscle. */
    ROLLING,
    /** A single change of load, as when someone moves a hand or settles in. */
    SHIFTING
}
