package com.rollkiosk.domain;

/** Which side of the body a step works; {@link #CENTRE} for a region without sides (the upper back). */
public enum Side { LEFT, RIGHT, CENTRE }
