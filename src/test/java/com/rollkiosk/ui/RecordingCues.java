package com.rollkiosk.ui;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts the cues instead of playing them. */
final class RecordingCues implements Cues {

    final AtomicInteger warnings = new AtomicInteger();
    final AtomicInteger completions = new AtomicInteger();

    @Override
    public void warning() {
        warnings.incrementAndGet();
    }

    @Override
    public void completed() {
        completions.incrementAndGet();
    }
}
