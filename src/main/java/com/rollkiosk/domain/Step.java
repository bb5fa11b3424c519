package com.rollkiosk.domain;

/** One hold in a routine: a region on one side. */
public record Step(String regionId, Side side) {
}
