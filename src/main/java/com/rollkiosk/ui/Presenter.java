package com.rollkiosk.ui;

import java.util.Objects;

/**
 * A screen's logic: reads the flow, builds an immutable model of what the screen says, and tells
 * its view only when that model changed, so an idle screen does no layout and no painting.
 *
 * @param <M> what the view shows, a record compared by value
 * @param <V> the screen's view, told what to show
 */
public abstract class Presenter<M, V> {

    protected final Kiosk kiosk;
    protected V view;
    private M shown;

    protected Presenter(Kiosk kiosk) {
        this.kiosk = kiosk;
    }

    /** Connects the view this presenter tells; it is redrawn in full on the next render. */
    public void attach(V view) {
        this.view = view;
        forget();
    }

    /** What the screen says right now, from flow state only. */
    protected abstract M model();

    /** Hands the model to the view; runs only when the model changed. */
    protected abstract void show(M model);

    /** Escape on a keyboard: the screen's Back, if it has one. */
    /**
     * How long until what this screen shows changes with time alone, beyond what the flow decides:
     * a countdown of its own. {@code Long.MAX_VALUE} for a screen that only events change.
     */
    public long msUntilChange() {
        return Long.MAX_VALUE;
    }

    public void escape() {
    }

    /** Re-reads the flow and updates the view if anything it shows changed. */
    public void render() {
        M m = model();
        if (!Objects.equals(m, shown)) {
            shown = m;
            show(m);
        }
    }

    /** Forgets what the view was told, so the next render redraws it (a new view, or a screen entered again). */
    public void forget() {
        shown = null;
    }
}
