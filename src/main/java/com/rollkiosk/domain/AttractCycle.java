package com.rollkiosk.domain;

/** Which region card the idle screen shows: each card for one period, round and round. */
public record AttractCycle(int cardCount, long periodNanos) {

    public AttractCycle {
        if (cardCount <= 0 || periodNanos <= 0) {
            throw new IllegalArgumentException("an attract cycle needs cards and a positive period");
        }
    }

    /** @param sinceStartNanos time since the kiosk entered attract */
    public int cardAt(long sinceStartNanos) {
        if (sinceStartNanos < 0) {
            return 0;
        }
        return (int) ((sinceStartNanos / periodNanos) % cardCount);
    }

    /** How long from {@code sinceStartNanos} until the next card shows. */
    public long nanosToNextCard(long sinceStartNanos) {
        if (sinceStartNanos < 0) {
            return periodNanos - sinceStartNanos;
        }
        return periodNanos - sinceStartNanos % periodNanos;
    }

    /** How far the current card is through its period, 0 to 1, for a calm transition. */
    public double phaseAt(long sinceStartNanos) {
        return sinceStartNanos < 0 ? 0 : (double) (sinceStartNanos % periodNanos) / periodNanos;
    }
}
