package com.rollkiosk.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;

/** Runs test code on the event thread and hands back its result or its exception. */
public final class Edt {

    private Edt() {
    }

    public static <T> T call(Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    /** As {@link #call}, for work that throws nothing checked, e.g. in a field initialiser. */
    public static <T> T unchecked(Callable<T> work) {
        try {
            return call(work);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
