package com.rollkiosk.domain;

/** The kiosk's top-level states; each is one screen. STAFF_PIN is the PIN pad in front of staff mode. */
public enum Screen {
    ATTRACT, CONTRAINDICATIONS, NOT_SAFE, CHOOSE_ROUTINE, CHOOSE_INTENSITY, HOLD, SWITCH_SIDE, FINISHED, STAFF_PIN, STAFF
}
