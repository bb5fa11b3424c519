package com.rollkiosk.sensor;

/**
 * The one thread a source reads on: a daemon, so a stuck read never keeps the JVM alive;
 * stopped by a flag its loop checks and an interrupt, then joined briefly so {@code stop()}
 * returns promptly even when a read does not wake.
 */
final class SourceThread {

    private static final long JOIN_MS = 2000;

    private final String name;
    private volatile boolean running;
    private Thread thread;

    SourceThread(String name) {
        this.name = name;
    }

    synchronized void start(Runnable body) {
        if (thread != null) {
            throw new IllegalStateException(name + " already started");
        }
        running = true;
        thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(JOIN_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** True from start until stop: the loop's condition, and what keeps a listener's calls going. */
    boolean running() {
        return running;
    }
}
