package com.rollkiosk.domain;

/** The kiosk's top-level states; each is one screen. CONFIRM_END asks before a routine ends; STAFF_PIN is the PIN pad in front of staff mode. */
public enum Screen {
    ATTRACT, CONTRAINDICATIONS, NOT_SAFE, CHOOSE_ROUTINE, CHOOSE_INTENSITY, HOLD, SWITCH_SIDE, CONFIRM_END, FINISHED,
    STAFF_PIN, STAFF
}
