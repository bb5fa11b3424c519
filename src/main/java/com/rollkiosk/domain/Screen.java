package com.rollkiosk.domain;

/** The kiosk's top-level states; each is one screen. */
public enum Screen {
    ATTRACT, CONTRAINDICATIONS, NOT_SAFE, CHOOSE_ROUTINE, CHOOSE_INTENSITY, HOLD, SWITCH_SIDE, FINISHED, STAFF
}
