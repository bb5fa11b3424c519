package com.rollkiosk.domain;

/** The method's two ways to hold: short at maximal pain tolerance, long at minimal. */
public enum Intensity { MAXIMAL, MINIMAL }
