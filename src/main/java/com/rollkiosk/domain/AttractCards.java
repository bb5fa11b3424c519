package com.rollkiosk.domain;

import java.util.List;
import java.util.function.Consumer;

/** The idle screen's region cards: which one shows for how long on the idle screen, told once each as it comes up. */
final class AttractCards {

    private final List<String> cards;
    private final Consumer<KioskEvent> events;
    private AttractCycle cycle;
    private int shown = -1;

    AttractCards(List<String> cards, long periodNanos, Consumer<KioskEvent> events) {
        this.cards = List.copyOf(cards);
        this.events = events;
        retime(periodNanos);
    }

    void retime(long periodNanos) {
        cycle = new AttractCycle(Math.max(1, cards.size()), periodNanos);
    }

    /** The idle screen shows again: its cards start over at the first. */
    void restart() {
        shown = -1;
    }

    /** Shows the card due this long after the idle screen appeared, telling it if it changed. */
    void showAt(long onScreenNanos) {
        if (cards.isEmpty()) {
            return;
        }
        int card = cycle.cardAt(onScreenNanos);
        if (card != shown) {
            shown = card;
            events.accept(new KioskEvent.AttractCardShown(card, cards.get(card)));
        }
    }

    long nanosToNextCard(long onScreenNanos) {
        return cards.size() > 1 ? cycle.nanosToNextCard(onScreenNanos) : Long.MAX_VALUE;
    }

    int shown() {
        return shown;
    }

    double phaseAt(long onScreenNanos) {
        return cycle.phaseAt(onScreenNanos);
    }
}
