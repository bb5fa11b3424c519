package com.rollkiosk.domain;

/** What one sample did to contact: usually nothing, sometimes a debounced edge. */
public enum ContactChange {
    NONE, ON, OFF
}
